package cn.enforceflow.workflow;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.enforceflow.audit.AuditRecord;

/**
 * What a person decided on a step: the few values the model routes on, and the audit
 * entry that records the decision (who, what, before and after). The workflow layer adds
 * the case to the entry and appends it once the task is completed.
 *
 * @param variables the process variables the model's gateways and deadlines read, never
 * the form
 * @param audit the entry to append
 * @param actedOn the day the person acted, on which a certified step checks their
 * certificate (the day of the visit for an inspection recorded later); null for today
 */
public record StepDecision(Map<String, Object> variables, AuditRecord audit, LocalDate actedOn) {

	public StepDecision {
		Objects.requireNonNull(audit, "audit");
		variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
	}

	public static StepDecision of(AuditRecord audit) {
		return new StepDecision(Map.of(), audit, null);
	}

	public StepDecision with(String variable, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(this.variables);
		more.put(variable, value);
		return new StepDecision(more, this.audit, this.actedOn);
	}

	public StepDecision withAll(Map<String, ?> values) {
		Map<String, Object> more = new LinkedHashMap<>(this.variables);
		more.putAll(values);
		return new StepDecision(more, this.audit, this.actedOn);
	}

	public StepDecision actedOn(LocalDate day) {
		return new StepDecision(this.variables, this.audit, day);
	}

}
