package cn.enforceflow.exemption.internal;

import java.util.List;

import cn.enforceflow.exemption.Band;

/** What the assessment decision answered, and the prior cases it counted. */
record AssessmentResult(String outcome, Band band, String reason, List<String> priorCases) {

}
