// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/AgencyProfile.h"

#include "common/TextNormalize.h"
#include "core/domain/FieldLimits.h"

#include <QCoreApplication>

namespace vanthu::core
{
namespace
{

struct AgencyProfileText
{
    Q_DECLARE_TR_FUNCTIONS(AgencyProfileText)
};

} // namespace

Result<AgencyProfile> AgencyProfile::validated() const
{
    AgencyProfile clean{normalizedLine(name), normalizedLine(parentName), normalizedLine(abbreviation),
                        normalizedLine(organId), normalizedLine(place)};
    for (const auto& [field, value, required] :
         {std::tuple{Field::OrganName, clean.name, true}, std::tuple{Field::OrganName, clean.parentName, false},
          std::tuple{Field::UnitAbbreviation, clean.abbreviation, true},
          std::tuple{Field::OrganId, clean.organId, false}, std::tuple{Field::Place, clean.place, true}}) {
        if (auto checked = checkField(field, value, required); !checked) {
            return checked.error();
        }
    }
    if (clean.abbreviation.contains(QLatin1Char('/')) || clean.abbreviation.contains(QLatin1Char(' '))) {
        return Error{ErrorCode::InvalidInput,
                     AgencyProfileText::tr("The agency abbreviation may not contain spaces or \"/\"."),
                     QStringLiteral("bad abbreviation")};
    }
    return clean;
}

} // namespace vanthu::core
