// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace vanthu::demo
{

/** A Hà Nội agency that corresponds with the demo agency. Identifiers are invented for the demo. */
struct DemoAgency
{
    QString name;
    QString parentName;
    QString abbreviation;
    QString organId;
    QString leaderTitle; ///< "CHỦ TỊCH", "GIÁM ĐỐC"
};

/** A kind of document with the subjects it typically carries ("%1" is the year, "%2" a quarter or month). */
struct DemoSubject
{
    QString typeKey;
    QString subject;
};

/** Fixed content the demo draws from: agencies, units, subjects, names and body text. */
class DemoCatalogue final
{
public:
    [[nodiscard]] static const DemoAgency& home();
    [[nodiscard]] static const QList<DemoAgency>& correspondents();
    [[nodiscard]] static const QList<DemoSubject>& incomingSubjects();
    [[nodiscard]] static const QList<DemoSubject>& outgoingSubjects();
    [[nodiscard]] static const QStringList& receivingUnits();
    [[nodiscard]] static const QStringList& draftingUnits();
    [[nodiscard]] static QString personName(QRandomGenerator& random);
    [[nodiscard]] static QStringList bodyParagraphs(const QString& subject, const QString& typeName,
                                                    QRandomGenerator& random);
};

} // namespace vanthu::demo
