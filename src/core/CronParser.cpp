// CronExpression::parse: Quartz 2.3's grammar, minus the garbage Quartz's parser skips over without a word.

#include "CronExpression.h"
#include "CronSpec.h"

#include <QDate>

namespace sx {

namespace {

using Field = CronExpression::Field;
using cron::CronSpec;

constexpr int MaxLength = 1024; // a full minute list is under 200 characters
constexpr const char* MonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr const char* DayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

int quartzMaxYear()
{
    // org.quartz.CronExpression.MAX_YEAR is fixed when the class loads: that year plus 100.
    static const int year = QDate::currentDate().year() + 100;
    return year;
}

struct Bounds
{
    int min;
    int max;
    int wrap; // Quartz's modulus for ranges that run past the end ("22-2"); 0 for years
};

Bounds boundsOf(Field field)
{
    switch (field) {
    case Field::Second:
    case Field::Minute:
        return {0, 59, 60};
    case Field::Hour:
        return {0, 23, 24};
    case Field::DayOfMonth:
        return {1, 31, 31};
    case Field::Month:
        return {1, 12, 12};
    case Field::DayOfWeek:
        return {1, 7, 7};
    default:
        return {CronExpression::MinYear, CronExpression::MaxYear, 0};
    }
}

QString quoted(QStringView text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text);
}

class FieldParser
{
public:
    FieldParser(Field field, CronSpec& spec, QString& error)
        : m_field(field)
        , m_bounds(boundsOf(field))
        , m_spec(spec)
        , m_error(error)
    {
    }

    bool parse(QStringView text);

private:
    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }
    bool parseItem(QStringView item);
    bool parseLast(QStringView item);
    bool readNumber(QStringView item, qsizetype& pos, qint64& value);
    bool readValue(QStringView item, qsizetype& pos, qint64& value, bool& isName);
    bool readStep(QStringView item, qsizetype& pos, qint64& step);
    bool checkValue(qint64 value);
    bool atEnd(QStringView item, qsizetype pos);
    bool addRange(qint64 start, qint64 stop, qint64 step);
    void add(int value);
    bool isDays() const
    {
        return m_field == Field::DayOfMonth || m_field == Field::DayOfWeek;
    }

    Field m_field;
    Bounds m_bounds;
    CronSpec& m_spec;
    QString& m_error;
    bool m_special = false; // L, W, # or ?: must stand alone
};

bool FieldParser::parse(QStringView text)
{
    const auto items = text.split(u',');
    for (QStringView item : items) {
        if (item.isEmpty())
            return fail(CronExpression::tr("empty value in the list %1").arg(quoted(text)));
        if (!parseItem(item))
            return false;
    }
    if (m_special && items.size() > 1)
        return fail(CronExpression::tr("%1 cannot be combined with other values").arg(quoted(text)));
    return true;
}

bool FieldParser::parseItem(QStringView item)
{
    if (item == u"?") {
        if (!isDays())
            return fail(CronExpression::tr("%1 is only allowed in day of month or day of week").arg(quoted(u"?")));
        (m_field == Field::DayOfMonth ? m_spec.dayOfMonthUnspecified : m_spec.dayOfWeekUnspecified) = true;
        m_special = true;
        return true;
    }
    if (item.front() == u'L' && m_field == Field::DayOfMonth)
        return parseLast(item);
    if (item == u"L" && m_field == Field::DayOfWeek) {
        add(7); // Quartz: a bare L in day of week is 7, Saturday
        m_special = true;
        return true;
    }
    qsizetype pos = 0;
    if (item.front() == u'*' || item.front() == u'/') {
        // "/5" is Quartz's shorthand for "*/5".
        pos = item.front() == u'*' ? 1 : 0;
        qint64 step = 1;
        if (pos < item.size() && !readStep(item, pos, step))
            return false;
        if (!atEnd(item, pos))
            return false;
        const int stop = m_field == Field::Year ? m_spec.maxYear : m_bounds.max;
        return addRange(m_bounds.min, stop, step);
    }

    qint64 start = 0;
    bool isName = false;
    if (!readValue(item, pos, start, isName) || !checkValue(start))
        return false;
    if (pos == item.size()) {
        add(static_cast<int>(start));
        return true;
    }
    const QChar c = item[pos];
    if (c == u'-') {
        ++pos;
        qint64 stop = 0;
        bool stopIsName = false;
        if (pos == item.size())
            return fail(CronExpression::tr("%1 needs an end after %2").arg(quoted(item), quoted(u"-")));
        if (!readValue(item, pos, stop, stopIsName) || !checkValue(stop))
            return false;
        if (stopIsName != isName)
            return fail(CronExpression::tr("%1 mixes a name and a number").arg(quoted(item)));
        qint64 step = 1;
        if (pos < item.size() && item[pos] == u'/') {
            // Quartz reads names three letters at a time and drops a step after a name range.
            if (isName)
                return fail(CronExpression::tr("a step cannot follow names; use numbers, e.g. %1")
                                .arg(quoted(m_field == Field::Month ? u"1-12/2" : u"2-6/2")));
            if (!readStep(item, pos, step))
                return false;
        }
        if (!atEnd(item, pos))
            return false;
        if (m_field == Field::Year && stop < start)
            return fail(CronExpression::tr("the range %1 ends before it starts").arg(quoted(item)));
        return addRange(start, stop, step);
    }
    if (c == u'/') {
        if (isName)
            return fail(CronExpression::tr("a step cannot follow names; use numbers, e.g. %1")
                            .arg(quoted(m_field == Field::Month ? u"1/2" : u"2/2")));
        qint64 step = 1;
        if (!readStep(item, pos, step) || !atEnd(item, pos))
            return false;
        const int stop = m_field == Field::Year ? m_spec.maxYear : m_bounds.max;
        return addRange(start, stop, step);
    }
    if (c == u'W' && m_field == Field::DayOfMonth && !isName) {
        if (!atEnd(item, pos + 1))
            return false;
        m_spec.nearestWeekday = true;
        m_special = true;
        add(static_cast<int>(start));
        return true;
    }
    if (c == u'L' && m_field == Field::DayOfWeek) {
        if (!atEnd(item, pos + 1))
            return false;
        m_spec.lastDayOfWeek = true;
        m_special = true;
        add(static_cast<int>(start));
        return true;
    }
    if (c == u'#' && m_field == Field::DayOfWeek) {
        ++pos;
        qint64 nth = 0;
        const qsizetype begin = pos;
        if (!readNumber(item, pos, nth) || pos != item.size() || nth < 1 || nth > 5)
            return fail(CronExpression::tr("%1 must be followed by a number from 1 to 5, not %2")
                            .arg(quoted(u"#"), quoted(item.mid(begin))));
        m_spec.nthDayOfWeek = static_cast<int>(nth);
        m_special = true;
        add(static_cast<int>(start));
        return true;
    }
    return atEnd(item, pos);
}

// L, L-3, LW, L-3W in day of month.
bool FieldParser::parseLast(QStringView item)
{
    qsizetype pos = 1;
    if (pos < item.size() && item[pos] == u'-') {
        ++pos;
        qint64 offset = 0;
        if (pos == item.size() || !item[pos].isDigit())
            return fail(CronExpression::tr("%1 must be followed by a number from 0 to 30").arg(quoted(u"L-")));
        if (!readNumber(item, pos, offset))
            return false;
        if (offset > 30)
            return fail(CronExpression::tr("the offset from the last day must be from 0 to 30, not %1").arg(offset));
        m_spec.lastDayOffset = static_cast<int>(offset);
    }
    if (pos < item.size() && item[pos] == u'W') {
        // From L-28W on, the target day falls before February's first and Quartz's search never returns.
        if (m_spec.lastDayOffset >= 28)
            return fail(CronExpression::tr("%1 would never be scheduled: with W the offset must be at most 27")
                            .arg(quoted(item)));
        m_spec.nearestWeekday = true;
        ++pos;
    }
    if (!atEnd(item, pos))
        return false;
    m_spec.lastDayOfMonth = true;
    m_special = true;
    return true;
}

bool FieldParser::readNumber(QStringView item, qsizetype& pos, qint64& value)
{
    const qsizetype begin = pos;
    value = 0;
    while (pos < item.size() && item[pos] >= u'0' && item[pos] <= u'9') {
        value = qMin<qint64>(value * 10 + (item[pos].unicode() - '0'), 999999999); // saturate, never overflow
        ++pos;
    }
    if (pos == begin) {
        if (pos < item.size())
            return fail(CronExpression::tr("unexpected %1 in %2").arg(quoted(item.mid(pos, 1)), quoted(item)));
        return fail(CronExpression::tr("%1 ends where a number is expected").arg(quoted(item)));
    }
    return true;
}

bool FieldParser::readValue(QStringView item, qsizetype& pos, qint64& value, bool& isName)
{
    isName = pos < item.size() && item[pos] >= u'A' && item[pos] <= u'Z';
    if (!isName)
        return readNumber(item, pos, value);
    qsizetype end = pos;
    while (end < item.size() && item[end] >= u'A' && item[end] <= u'Z')
        ++end;
    const QStringView name = item.mid(pos, end - pos);
    if (m_field == Field::Month || m_field == Field::DayOfWeek) {
        const bool months = m_field == Field::Month;
        const int count = months ? 12 : 7;
        for (int i = 0; i < count; ++i) {
            if (name == QLatin1String(months ? MonthNames[i] : DayNames[i])) {
                value = i + 1;
                pos = end;
                return true;
            }
        }
        // "6L" and "FRIL" in day of week: a name followed by L.
        if (!months && name.size() == 4 && name.endsWith(u'L')) {
            for (int i = 0; i < count; ++i) {
                if (name.left(3) == QLatin1String(DayNames[i])) {
                    value = i + 1;
                    pos = end - 1;
                    return true;
                }
            }
        }
        return fail(months ? CronExpression::tr("%1 is not a month (JAN–DEC or 1–12)").arg(quoted(name))
                           : CronExpression::tr("%1 is not a day of the week (SUN–SAT or 1–7)").arg(quoted(name)));
    }
    return fail(CronExpression::tr("%1 is not a number").arg(quoted(name)));
}

bool FieldParser::readStep(QStringView item, qsizetype& pos, qint64& step)
{
    if (pos >= item.size() || item[pos] != u'/')
        return atEnd(item, pos);
    ++pos;
    if (pos == item.size())
        return fail(CronExpression::tr("%1 must be followed by a step").arg(quoted(u"/")));
    if (!readNumber(item, pos, step))
        return false;
    const qint64 maxStep = m_field == Field::Year ? 999999999 : m_bounds.max;
    if (step < 1 || step > maxStep) {
        if (m_field == Field::Year)
            return fail(CronExpression::tr("the step must be at least 1"));
        return fail(CronExpression::tr("the step %1 is outside 1–%2").arg(step).arg(maxStep));
    }
    return true;
}

bool FieldParser::checkValue(qint64 value)
{
    if (value < m_bounds.min || value > m_bounds.max)
        return fail(CronExpression::tr("%1 is outside %2–%3").arg(value).arg(m_bounds.min).arg(m_bounds.max));
    return true;
}

bool FieldParser::atEnd(QStringView item, qsizetype pos)
{
    if (pos >= item.size())
        return true;
    return fail(CronExpression::tr("unexpected %1 in %2").arg(quoted(item.mid(pos, 1)), quoted(item)));
}

// Quartz's addToSet loop: a range may run past the field's end and wrap ("22-2" is 22,23,0,1,2).
bool FieldParser::addRange(qint64 start, qint64 stop, qint64 step)
{
    const int wrap = m_bounds.wrap;
    if (stop < start)
        stop += wrap;
    for (qint64 i = start; i <= stop; i += step) {
        int v = static_cast<int>(wrap ? i % wrap : i);
        if (v == 0 && m_bounds.min == 1)
            v = wrap;
        add(v);
    }
    return true;
}

void FieldParser::add(int value)
{
    switch (m_field) {
    case Field::Second:
        m_spec.seconds.add(value);
        break;
    case Field::Minute:
        m_spec.minutes.add(value);
        break;
    case Field::Hour:
        m_spec.hours.add(value);
        break;
    case Field::DayOfMonth:
        m_spec.daysOfMonth.add(value);
        break;
    case Field::Month:
        m_spec.months.add(value);
        break;
    case Field::DayOfWeek:
        m_spec.daysOfWeek.add(value);
        break;
    default:
        m_spec.years.add(value);
        break;
    }
}

QChar badCharacter(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7E || (c.unicode() < 0x20 && c != u'\t'))
            return c;
    }
    return {};
}

} // namespace

CronParseResult CronExpression::parse(const QString& text)
{
    CronParseResult result;
    auto failWith = [&](Field field, const QString& message) {
        result.field = field;
        result.message = message;
        return result;
    };
    if (text.size() > MaxLength)
        return failWith(Field::Expression, tr("the expression is longer than %1 characters").arg(MaxLength));

    // Quartz splits on spaces and tabs and trims each field of other control characters (Java's String.trim).
    QList<QString> fields;
    qsizetype pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && (text[pos] == u' ' || text[pos] == u'\t'))
            ++pos;
        qsizetype begin = pos;
        while (pos < text.size() && text[pos] != u' ' && text[pos] != u'\t')
            ++pos;
        qsizetype end = pos;
        while (begin < end && text[begin].unicode() < 0x20)
            ++begin;
        while (end > begin && text[end - 1].unicode() < 0x20)
            --end;
        if (end > begin)
            fields.append(text.mid(begin, end - begin));
    }
    if (fields.isEmpty())
        return failWith(Field::Expression, tr("the expression is empty"));
    if (fields.size() < 6 || fields.size() > 7)
        return failWith(
            Field::Expression,
            tr("expected 6 or 7 fields (second minute hour day-of-month month day-of-week [year]), found %1")
                .arg(fields.size()));

    auto spec = std::make_shared<CronSpec>();
    spec->maxYear = quartzMaxYear();
    for (int i = 0; i < fields.size(); ++i) {
        const Field field = static_cast<Field>(i);
        const QChar bad = badCharacter(fields[i]);
        if (!bad.isNull()) {
            const QString shown =
                bad.isPrint() ? QString(bad) : QStringLiteral("U+%1").arg(bad.unicode(), 4, 16, QChar(u'0')).toUpper();
            return failWith(field, tr("unexpected character %1").arg(quoted(shown)));
        }
        QString error;
        FieldParser parser(field, *spec, error);
        if (!parser.parse(fields[i].toUpper()))
            return failWith(field, error);
    }
    if (fields.size() == 6) {
        for (int y = MinYear; y <= spec->maxYear; ++y)
            spec->years.add(y);
    }
    if (spec->dayOfMonthUnspecified && spec->dayOfWeekUnspecified)
        return failWith(Field::DayOfWeek, tr("%1 cannot be in both day of month and day of week").arg(quoted(u"?")));
    if (!spec->dayOfMonthUnspecified && !spec->dayOfWeekUnspecified)
        return failWith(Field::DayOfWeek,
                        tr("day of month and day of week cannot both be set; use %1 in one of them").arg(quoted(u"?")));

    CronExpression expression;
    expression.m_text = text.simplified();
    expression.m_spec = std::move(spec);
    result.expression = std::move(expression);
    return result;
}

QString CronParseResult::errorString() const
{
    if (isValid())
        return {};
    if (field == CronExpression::Field::Expression)
        return message;
    return CronExpression::tr("%1: %2").arg(CronExpression::fieldName(field), message);
}

} // namespace sx
