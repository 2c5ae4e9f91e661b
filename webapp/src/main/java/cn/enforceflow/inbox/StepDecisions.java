package cn.enforceflow.inbox;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.MessageSourceResolvable;

/**
 * A workflow's words for what was decided at each of its steps, for the case timeline:
 * read from the audit entry the step's completion wrote (the team assigned, the date
 * proposed, the hazards found, the verification's result, the score).
 */
public interface StepDecisions {

	String processKey();

	/**
	 * @param action the entry's action (what the step's completion recorded)
	 * @param after the entry's values after the change
	 * @param detail the entry's free text (a reason), or null
	 * @return the words, or empty for an action the workflow does not describe
	 */
	Optional<MessageSourceResolvable> decisionOf(String action, JsonNode after, String detail);

}
