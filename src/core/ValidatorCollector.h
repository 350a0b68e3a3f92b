#pragma once

#include "Validator.h"

namespace sx {

// Gathers problems for the validator's rule files.
class Validator::Collector
{
public:
    void error(Param param, const QString& code, const QString& message, const QString& path = {})
    {
        add(param, Severity::Error, code, message, path);
    }
    void warning(Param param, const QString& code, const QString& message, const QString& path = {})
    {
        add(param, Severity::Warning, code, message, path);
    }
    Problems take()
    {
        return std::move(m_problems);
    }

private:
    void add(Param param, Severity severity, const QString& code, const QString& message, const QString& path)
    {
        m_problems.append({param, path.isEmpty() ? Parameters::name(param) : path, severity, code, message});
    }

    Problems m_problems;
};

} // namespace sx
