// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 5, drafts in the workspace (issue 13): an outgoing document now enters before its number, as a draft
// or as a PDF signed elsewhere, and waits to be issued. The list of those waiting is read often and is small beside
// the registers, so a partial index keeps it off a scan of every document.
#include "core/store/migrations/Migrations.h"

namespace vanthu::core::migrations
{

Migration drafts()
{
    Migration migration;
    migration.version = 5;
    migration.name = QStringLiteral("drafts waiting to be issued");
    migration.statements = {
        QStringLiteral("CREATE INDEX document_waiting_for_issue ON document (state) WHERE state IN ('draft', "
                       "'in-review', 'returned-with-comments', 'approved', 'signed')"),
    };
    return migration;
}

} // namespace vanthu::core::migrations
