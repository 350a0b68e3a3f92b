#pragma once

#include <QList>
#include <QString>

namespace sx {

// One alert contact of ContactInfo; sent as ContactInfo.<n>.UserName etc.
struct Contact
{
    QString userName;
    QString userPhone;
    QString userMail;
    QString ding; // DingTalk robot webhook URL

    bool isEmpty() const
    {
        return userName.isEmpty() && userPhone.isEmpty() && userMail.isEmpty() && ding.isEmpty();
    }
    bool operator==(const Contact&) const = default;
};

using ContactList = QList<Contact>;

} // namespace sx
