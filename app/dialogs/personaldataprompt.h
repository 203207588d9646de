#pragma once

#include <QList>
#include <QString>

#include <utility>

class QWidget;

// Typed text gets the same check as files: what looks like an NHS number or a date of birth is
// pointed out, and the user decides whether to keep it.
namespace PersonalDataPrompt {

// fields: (what the field is, its text). True when nothing was found, or the user chose to keep
// the text anyway; false when they chose to go back and change it.
bool confirmText(QWidget *parent, const QList<std::pair<QString, QString>> &fields);

} // namespace PersonalDataPrompt
