package cn.enforceflow.deadline.internal;

import java.util.Map;

import cn.enforceflow.deadline.DeadlineNotation;
import cn.enforceflow.deadline.DeadlineUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The deadline policies, {@code enforceflow.deadlines.policies."[<process>.<step>]"}:
 * configuration, so that a changed time limit needs no new release.
 */
@ConfigurationProperties("enforceflow.deadlines")
@Validated
record DeadlineProperties(@NotEmpty Map<String, @Valid @NotNull Policy> policies) {

	/**
	 * One policy; the description key defaults to {@code deadline.policy.<key>}.
	 */
	record Policy(@Min(1) @Max(DeadlineNotation.MAX_DAYS) int length,
			@DefaultValue("working-days") @NotNull DeadlineUnit unit,
			@DefaultValue("1") @Min(1) @Max(DeadlineNotation.MAX_DAYS) int reminderLead, String descriptionKey) {

	}

}
