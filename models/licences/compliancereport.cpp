#include "licences/compliancereport.h"

bool LicenceCompliance::overDeployedAnywhere() const
{
    if (overDeployed > 0)
        return true;
    for (const AuthorityShare &share : shares) {
        if (share.overDeployed > 0)
            return true;
    }
    return false;
}

const LicenceCompliance *ComplianceReport::licence(qint64 licenceId) const
{
    for (const LicenceCompliance &entry : licences) {
        if (entry.licenceId == licenceId)
            return &entry;
    }
    return nullptr;
}

const AuthorityTotals *ComplianceReport::authority(const QString &code) const
{
    for (const AuthorityTotals &entry : authorities) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}
