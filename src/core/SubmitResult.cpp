#include "SubmitResult.h"

#include <QRegularExpression>

namespace sx {

QByteArray SignedRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SignedRequest::toDisplayText() const
{
    QString target = url.toString(QUrl::FullyEncoded);
    // V2 carries an STS token in the query; it is a credential, so it never reaches a screen or a log.
    static const QRegularExpression token(QStringLiteral("([?&]SecurityToken=)[^&]*"));
    target.replace(token, QStringLiteral("\\1<redacted>"));
    QString text = QString::fromLatin1(method) + ' ' + target + '\n';
    for (const auto& [key, value] : headers) {
        const bool secret = key.compare("x-acs-security-token", Qt::CaseInsensitive) == 0;
        text +=
            QString::fromLatin1(key) + ": " + (secret ? QStringLiteral("<redacted>") : QString::fromUtf8(value)) + '\n';
    }
    if (!body.isEmpty())
        text += '\n' + QString::fromUtf8(body) + '\n';
    return text;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace sx
