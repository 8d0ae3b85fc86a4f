#pragma once

#include <QString>

// Licence keys are secrets: lists, exports and reports show them masked.
// Keys of 15 characters or more keep their last 5 visible, so a key can be
// matched against a vendor portal ("•••••-338WB"); shorter keys are masked
// completely because 5 characters would give away too much of them.
class LicenceKeyMask
{
public:
    static QString mask(const QString &key);
};
