// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/SeverityColour.h"

namespace vanthu::gui
{

QColor severityTextColour(signing::Severity severity)
{
    switch (severity) {
    case signing::Severity::Green:
        return {46, 125, 50};
    case signing::Severity::Yellow:
        return {180, 110, 0}; // darker than the panel's amber: readable as text
    case signing::Severity::Red:
        break;
    }
    return {198, 40, 40};
}

} // namespace vanthu::gui
