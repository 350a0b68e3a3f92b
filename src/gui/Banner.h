#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sx {

/** A message across the window (the sandbox notice, a keychain warning): plain text and at most one action
 *  button, painted in its kind's colours. Plain and not selectable on purpose: a label with rich text or
 *  selectable text lays itself out through a QTextDocument several times per resize, which cost more at
 *  start-up than all the job form's other labels together (bench/run-startup-bench). */
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Notice, Warning };

    explicit Banner(QWidget* parent = nullptr);

    void setKind(Kind kind);
    void setText(const QString& text);
    QString text() const;
    void setActionText(const QString& text); // empty: no button

signals:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Kind m_kind = Kind::Notice;
    QLabel* m_label;
    QPushButton* m_button;
};

} // namespace sx
