package cn.enforceflow.deadline;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import cn.enforceflow.FullApplication;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.processes.invitation.InvitationModel.Step;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Working-day timers in the running application: an invitation submitted on the Friday
 * before the 2026 Spring Festival is due at the end of the second working day, which is
 * Tuesday 02-24 (Saturday 02-14 is a make-up working day, 02-15 to 02-23 are off). The
 * reminder and the overdue timer fire at their instants (jobs executed explicitly, the
 * engine's clock moved), a breach is recorded and the task stays open.
 */
@FullApplication
@RecordApplicationEvents
class WorkingDayTimerTests {

	private static final Date FRIDAY_BEFORE_SPRING_FESTIVAL = beijing("2026-02-13T10:00:00");

	private static final Date ACCEPT_DUE = beijing("2026-02-24T23:59:59");

	private static final Date ACCEPT_REMINDER = beijing("2026-02-24T09:00:00");

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	Deadlines deadlines;

	@Autowired
	ApplicationEvents events;

	@Autowired
	InboxFixture fixture;

	private ProcessInstance invitation;

	/** The invitation's tracking number. */
	private String trackingNumber;

	@BeforeEach
	void submitOnTheFridayBeforeTheSpringFestival() {
		ClockUtil.setCurrentTime(FRIDAY_BEFORE_SPRING_FESTIVAL);
		this.trackingNumber = this.fixture.submit(DepartmentCode.of("YJJ"));
		this.invitation = this.fixture.instance(this.trackingNumber);
	}

	@AfterEach
	void resetTheClock() {
		ClockUtil.reset();
	}

	@Test
	void acceptTaskIsDueAtTheEndOfTheSecondWorkingDayAndItsTimersAgree() {
		Task accept = acceptTask();

		assertThat(accept.getDueDate()).isEqualTo(ACCEPT_DUE);
		assertThat(timer(Step.ACCEPTANCE.overdueTimer()).getDuedate()).isEqualTo(accept.getDueDate());
		assertThat(timer(Step.ACCEPTANCE.reminderTimer()).getDuedate()).isEqualTo(ACCEPT_REMINDER);
	}

	@Test
	void reminderFiresAtNineOnTheLastWorkingDay() {
		Job reminder = timer(Step.ACCEPTANCE.reminderTimer());

		ClockUtil.setCurrentTime(beijing("2026-02-24T08:59:59"));
		assertThat(isDue(reminder)).isFalse();
		ClockUtil.setCurrentTime(ACCEPT_REMINDER);
		assertThat(isDue(reminder)).isTrue();
		this.management.executeJob(reminder.getId());

		Task accept = acceptTask();
		assertThat(this.events.stream(DeadlineReminderDue.class))
			.containsExactly(new DeadlineReminderDue(this.invitation.getId(), this.trackingNumber,
					InvitationModel.PROCESS_KEY, accept.getId(), InvitationModel.TASK_ACCEPT_INVITATION, "受理邀约", null,
					List.of("YJJ.DISPATCHER"), ACCEPT_DUE.toInstant()));
		assertThat(this.events.stream(DeadlineBreached.class)).isEmpty();
		assertThat(this.deadlines.breach(accept.getId())).isEmpty();
	}

	@Test
	void overdueTimerFiresAfterTheLastWorkingDayAndRecordsTheBreach() {
		Task accept = acceptTask();
		Job overdue = timer(Step.ACCEPTANCE.overdueTimer());

		ClockUtil.setCurrentTime(beijing("2026-02-24T23:59:58"));
		assertThat(isDue(overdue)).isFalse();
		ClockUtil.setCurrentTime(beijing("2026-02-25T10:00:00"));
		assertThat(isDue(overdue)).isTrue();
		this.management.executeJob(overdue.getId());

		assertThat(this.deadlines.breach(accept.getId())).hasValueSatisfying((breach) -> {
			assertThat(breach.processKey()).isEqualTo(InvitationModel.PROCESS_KEY);
			assertThat(breach.businessKey()).isEqualTo(this.trackingNumber);
			assertThat(breach.taskDefinitionKey()).isEqualTo(InvitationModel.TASK_ACCEPT_INVITATION);
			assertThat(breach.taskName()).isEqualTo("受理邀约");
			assertThat(breach.assignee()).isNull();
			assertThat(breach.candidateGroups()).containsExactly("YJJ.DISPATCHER");
			assertThat(breach.dueAt()).isEqualTo(ACCEPT_DUE.toInstant());
			assertThat(breach.recordedAt()).isEqualTo(beijing("2026-02-25T10:00:00").toInstant());
			assertThat(breach.lateByWorkingDays()).isEqualTo(1);
		});
		assertThat(this.events.stream(DeadlineBreached.class)).singleElement().satisfies((breached) -> {
			assertThat(breached.taskId()).isEqualTo(accept.getId());
			assertThat(breached.due()).isEqualTo(ACCEPT_DUE.toInstant());
			assertThat(breached.lateByWorkingDays()).isEqualTo(1);
		});

		assertThat(acceptTask().getId()).as("the task stays open").isEqualTo(accept.getId());
		assertThat(this.management.createJobQuery().processInstanceId(this.invitation.getId()).timers().count())
			.as("the reminder is still pending, the overdue timer has fired")
			.isEqualTo(1);
	}

	@Test
	void aBreachIsRecordedOnce() {
		Task accept = acceptTask();
		ClockUtil.setCurrentTime(beijing("2026-03-03T10:00:00"));
		this.management.executeJob(timer(Step.ACCEPTANCE.overdueTimer()).getId());
		TaskRef ref = new TaskRef(InvitationModel.PROCESS_KEY, this.invitation.getId(), this.trackingNumber,
				accept.getId(), accept.getTaskDefinitionKey(), accept.getName(), null, List.of("YJJ.DISPATCHER"),
				accept.getDueDate().toInstant());

		assertThat(this.deadlines.recordBreach(ref)).isFalse();

		assertThat(this.events.stream(DeadlineBreached.class)).singleElement()
			.extracting(DeadlineBreached::lateByWorkingDays)
			// 02-25, 02-26, 02-27, the make-up Saturday 02-28, 03-02, 03-03
			.isEqualTo(6);
	}

	@Test
	void aModelNamingAnUnknownPolicyFailsLoudly() {
		String deployment = this.repository.createDeployment()
			.addModelInstance("typo.bpmn",
					Bpmn.createExecutableProcess("deadlineTypo")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("UserTask_Typo")
						.camundaDueDate("${deadlines.due('invitation.acept')}")
						.endEvent()
						.done())
			.deploy()
			.getId();
		try {
			assertThatExceptionOfType(ProcessEngineException.class)
				.isThrownBy(() -> this.runtime.startProcessInstanceByKey("deadlineTypo"))
				.withStackTraceContaining("No deadline policy 'invitation.acept'");
		}
		finally {
			this.repository.deleteDeployment(deployment, true);
		}
	}

	@Test
	void modelsMayWriteTheNotationLiterally() {
		String deployment = this.repository.createDeployment()
			.addModelInstance("literal.bpmn",
					Bpmn.createExecutableProcess("deadlineLiteral")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("UserTask_Literal")
						.camundaDueDate("P1WD")
						.boundaryEvent("Timer_LiteralReminder")
						.cancelActivity(false)
						.timerWithDuration("P1WD@09:00")
						.endEvent("End_LiteralReminded")
						.moveToActivity("UserTask_Literal")
						.endEvent()
						.done())
			.deploy()
			.getId();
		try {
			String instance = this.runtime.startProcessInstanceByKey("deadlineLiteral").getId();

			assertThat(this.tasks.createTaskQuery().processInstanceId(instance).singleResult().getDueDate())
				.isEqualTo(beijing("2026-02-14T23:59:59"));
			assertThat(this.management.createJobQuery().processInstanceId(instance).singleResult().getDuedate())
				.isEqualTo(beijing("2026-02-14T09:00:00"));
		}
		finally {
			this.repository.deleteDeployment(deployment, true);
		}
	}

	private Task acceptTask() {
		return this.tasks.createTaskQuery()
			.processInstanceId(this.invitation.getId())
			.taskDefinitionKey(InvitationModel.TASK_ACCEPT_INVITATION)
			.singleResult();
	}

	private Job timer(String timerId) {
		Job job = this.management.createJobQuery()
			.processInstanceId(this.invitation.getId())
			.timers()
			.activityId(timerId)
			.singleResult();
		assertThat(job).as("timer %s", timerId).isNotNull();
		return job;
	}

	/** Whether the job executor would run the job now. */
	private boolean isDue(Job job) {
		return this.management.createJobQuery().jobId(job.getId()).executable().count() == 1;
	}

	private static Date beijing(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant());
	}

}
