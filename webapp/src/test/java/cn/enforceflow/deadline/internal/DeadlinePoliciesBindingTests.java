package cn.enforceflow.deadline.internal;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.enforceflow.deadline.SpringFestivalCalendar;

import cn.enforceflow.calendar.WorkingCalendar;

import java.util.Date;

import java.time.LocalDate;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import cn.enforceflow.deadline.DeadlinePolicies;
import cn.enforceflow.deadline.DeadlinePolicy;
import cn.enforceflow.deadline.DeadlineUnit;
import cn.enforceflow.deadline.UnknownDeadlinePolicyException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The deadline policies as configured in application.yml: every deadline of the design,
 * validated when the application starts, and named by the models.
 */
class DeadlinePoliciesBindingTests {

	private final ApplicationContextRunner policies = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(DeadlinePolicyService.class, DeadlineExpressions.class)
		.withBean(WorkingCalendar.class, SpringFestivalCalendar::new);

	private final ApplicationContextRunner applicationPolicies = this.policies
		.withInitializer((context) -> context.getEnvironment().getPropertySources().addLast(applicationYml()));

	@Test
	void everyDeadlineOfTheDesignIsAPolicy() {
		this.applicationPolicies.run((context) -> {
			DeadlinePolicies configured = context.getBean(DeadlinePolicies.class);

			assertThat(configured.all()).extracting(DeadlinePolicy::key, DeadlinePolicy::length, DeadlinePolicy::unit)
				.containsExactly(working("invitation.accept", 2), working("invitation.schedule", 5),
						working("invitation.record", 3), working("invitation.rectify", 15),
						working("invitation.verify", 5), working("invitation.rate", 10), working("exemption.order", 2),
						working("exemption.correct", 10), working("exemption.check", 3),
						working("exemption.propose", 5), working("exemption.legal-review", 3),
						working("exemption.approve", 2), working("exemption.serve", 7), working("exemption.publish", 7),
						working("referral.verify", 15), working("referral.decide", 5), working("referral.prepare", 3),
						working("referral.refer", 15), working("referral.sign-for", 3), working("referral.forward", 5),
						Tuple.tuple("referral.report", 60, DeadlineUnit.CALENDAR_DAYS));
			assertThat(configured.all()).allSatisfy((policy) -> {
				assertThat(policy.reminderLead()).isBetween(1, policy.length());
				assertThat(policy.descriptionKey()).isEqualTo("deadline.policy." + policy.key());
			});
		});
	}

	@Test
	void modelsReadThePoliciesInTheNotation() {
		this.applicationPolicies.run((context) -> {
			DeadlineExpressions deadlines = context.getBean(DeadlineExpressions.class);

			assertThat(deadlines.due("invitation.accept")).isEqualTo("P2WD");
			assertThat(deadlines.reminder("invitation.accept")).isEqualTo("P2WD@09:00");
			assertThat(deadlines.due("invitation.rectify")).isEqualTo("P15WD");
			assertThat(deadlines.reminder("invitation.rectify")).isEqualTo("P13WD@09:00");
			assertThat(deadlines.due("referral.report")).isEqualTo("P60CD");
			assertThat(deadlines.reminder("referral.report")).isEqualTo("P60CD-5WD@09:00");
		});
	}

	/**
	 * Deadlines from a day of the case: written as calendar days from the engine's today,
	 * counted on the calendar (record within 3 working days of a visit on the Friday
	 * before the 2026 Spring Festival: the make-up Saturday, then 24 and 25 February).
	 */
	@Test
	void deadlinesFromADayOfTheCaseAreCalendarDaysFromToday() {
		ClockUtil.setCurrentTime(
				Date.from(LocalDate.of(2026, 2, 10).atTime(10, 0).atZone(WorkingCalendar.ZONE).toInstant()));
		try {
			this.applicationPolicies.run((context) -> {
				DeadlineExpressions deadlines = context.getBean(DeadlineExpressions.class);

				assertThat(deadlines.dueAfter("invitation.record", "2026-02-13")).isEqualTo("P15CD");
				assertThat(deadlines.reminderAfter("invitation.record", LocalDate.of(2026, 2, 13)))
					.isEqualTo("P15CD-1WD@09:00");
				assertThat(deadlines.dueOn("invitation.rectify", "2026-03-02")).isEqualTo("P20CD");
				assertThat(deadlines.reminderOn("invitation.rectify", "2026-03-02")).isEqualTo("P20CD-3WD@09:00");
				assertThat(deadlines.dueOn("invitation.rectify", "2026-02-01")).as("a day past: today")
					.isEqualTo("P0CD");
				assertThatIllegalArgumentException().isThrownBy(() -> deadlines.dueOn("invitation.rectify", "soon"))
					.withMessageContaining("ISO date");
				assertThatExceptionOfType(UnknownDeadlinePolicyException.class)
					.isThrownBy(() -> deadlines.dueOn("invitation.rectfy", "2026-03-02"));
			});
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	void anUnknownPolicyFailsLoudly() {
		this.applicationPolicies.run((context) -> assertThatExceptionOfType(UnknownDeadlinePolicyException.class)
			.isThrownBy(() -> context.getBean(DeadlineExpressions.class).due("invitation.acept"))
			.withMessageContaining("'invitation.acept'")
			.withMessageContaining("invitation.accept"));
	}

	@Test
	void aPolicyNeedsOnlyItsLength() {
		this.policies.withPropertyValues("enforceflow.deadlines.policies[exemption.approve].length=4")
			.run((context) -> assertThat(context.getBean(DeadlinePolicies.class).policy("exemption.approve"))
				.isEqualTo(new DeadlinePolicy("exemption.approve", 4, DeadlineUnit.WORKING_DAYS, 1,
						"deadline.policy.exemption.approve")));
	}

	@Test
	void configurationOverridesTheDefaults() {
		this.applicationPolicies
			.withPropertyValues("enforceflow.deadlines.policies[invitation.accept].length=3",
					"enforceflow.deadlines.policies[invitation.accept].reminder-lead=2",
					"enforceflow.deadlines.policies[invitation.accept].description-key=custom.accept")
			.run((context) -> {
				DeadlinePolicy accept = context.getBean(DeadlinePolicies.class).policy("invitation.accept");
				assertThat(accept).isEqualTo(
						new DeadlinePolicy("invitation.accept", 3, DeadlineUnit.WORKING_DAYS, 2, "custom.accept"));
				assertThat(accept.reminder()).hasToString("P2WD@09:00");
			});
	}

	@Test
	void invalidPoliciesStopTheApplication() {
		assertFailsWith("must not be empty");
		assertFailsWith("must be greater than or equal to 1",
				"enforceflow.deadlines.policies[invitation.accept].length=0");
		assertFailsWith("must be less than or equal to 3650",
				"enforceflow.deadlines.policies[invitation.accept].length=99999");
		assertFailsWith("fortnights", "enforceflow.deadlines.policies[invitation.accept].length=2",
				"enforceflow.deadlines.policies[invitation.accept].unit=fortnights");
		assertFailsWith("reminderLead", "enforceflow.deadlines.policies[invitation.accept].length=2",
				"enforceflow.deadlines.policies[invitation.accept].reminder-lead=-1");
		assertFailsWith("is not a policy key", "enforceflow.deadlines.policies[accept].length=2");
	}

	@Test
	void everyPolicyAndProcessIsDescribedInTheBundle() throws IOException {
		Properties bundle = new Properties();
		try (InputStreamReader reader = new InputStreamReader(
				new ClassPathResource("i18n/deadlines.properties").getInputStream(), StandardCharsets.UTF_8)) {
			bundle.load(reader);
		}
		Properties names = new Properties();
		try (InputStreamReader reader = new InputStreamReader(
				new ClassPathResource("i18n/names.properties").getInputStream(), StandardCharsets.UTF_8)) {
			names.load(reader);
		}
		this.applicationPolicies
			.run((context) -> assertThat(context.getBean(DeadlinePolicies.class).all()).allSatisfy((policy) -> {
				assertThat(bundle).containsKey(policy.descriptionKey());
				assertThat(names).containsKey("process." + policy.key().substring(0, policy.key().indexOf('.')));
			}));
	}

	@Test
	void theModelsNameOnlyConfiguredPolicies() {
		this.applicationPolicies.run((context) -> {
			ModelPolicyCheck check = new ModelPolicyCheck(context.getBean(DeadlinePolicies.class));

			check.afterPropertiesSet();
			assertThat(check.unknownPolicies(model("typo.bpmn",
					"<userTask camunda:dueDate=\"${deadlines.due('invitation.acept')}\"/>"
							+ "<timeDuration>${deadlines.reminder( 'invitation.accept' )}</timeDuration>"
							+ "<timeDuration>${ deadlines.reminder('referral.reprot')}</timeDuration>")))
				.isEqualTo(Map.of("typo.bpmn", Set.of("invitation.acept", "referral.reprot")));
		});
	}

	private void assertFailsWith(String message, String... properties) {
		this.policies.withPropertyValues(properties)
			.run((context) -> assertThat(context).getFailure().hasStackTraceContaining(message));
	}

	private static Tuple working(String key, int length) {
		return Tuple.tuple(key, length, DeadlineUnit.WORKING_DAYS);
	}

	private static Resource model(String name, String xml) {
		return new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return name;
			}

		};
	}

	private static PropertySource<?> applicationYml() {
		try {
			return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.get(0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
