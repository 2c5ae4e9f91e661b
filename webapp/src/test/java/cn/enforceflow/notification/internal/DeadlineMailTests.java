package cn.enforceflow.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import cn.enforceflow.EnforceFlowApplication;
import cn.enforceflow.TestClock;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invitation nobody accepts in time: the reminder reaches the dispatchers by mail, the
 * breach is recorded and the justice bureau's supervisors are told by mail. With the mail
 * server down the process goes on all the same and the mail waits for its next attempt.
 * Timer jobs are executed explicitly with the engine clock moved; nothing sleeps.
 */
@SpringBootTest(classes = EnforceFlowApplication.class, properties = "camunda.bpm.process-engine-name=mail")
@Import(TestClock.Configuration.class)
class DeadlineMailTests extends RealSmtpServer {

	@Autowired
	RuntimeService runtime;

	@Autowired
	InboxFixture fixture;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyMailbox() throws Exception {
		this.mailSender.setPort(smtp.getSmtp().getPort());
		this.dispatcher.dispatchDue();
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
		this.mailSender.setPort(smtp.getSmtp().getPort());
	}

	@Test
	void anOverdueTaskIsRemindedByMailAndItsBreachRecordedAndReported() throws Exception {
		Task task = startInvitationOnFridayBeforeSpringFestival();
		String invitation = businessKeyOf(task);
		List<Job> timers = timersOf(task);
		assertThat(timers).hasSize(2);
		Job reminder = timers.get(0);
		Job breach = timers.get(1);
		assertThat(breach.getDuedate()).isEqualTo(task.getDueDate());
		assertThat(this.dispatcher.dispatchDue()).as("the dispatchers are told of the new step first").isEqualTo(2);
		smtp.purgeEmailFromAllMailboxes();

		moveEngineClockTo(reminder.getDuedate().toInstant().plusSeconds(60));
		this.management.executeJob(reminder.getId());
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(2);
		assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactlyInAnyOrder("dispatcher1@yjj.huaian.example",
				"dispatcher2@yjj.huaian.example");
		assertThat(smtp.getReceivedMessages()[0].getSubject()).contains(invitation, "到期");
		// the mail is Chinese: the step as the model names it, the deadline as people
		// write it
		assertThat(smtp.getReceivedMessages()[0].getSubject())
			.contains("“受理邀约”（业务编号 " + invitation + "）将于 2026年2月24日 23:59 到期");
		smtp.purgeEmailFromAllMailboxes();

		moveEngineClockTo(breach.getDuedate().toInstant().plus(Duration.ofDays(1)));
		this.management.executeJob(breach.getId());

		assertThat(this.jdbc.queryForObject("select count(*) from deadline_breach where task_id = ?", Integer.class,
				task.getId()))
			.isEqualTo(1);
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(2);
		assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactlyInAnyOrder("supervisor1@sfj.huaian.example",
				"supervisor2@sfj.huaian.example");
		assertThat(smtp.getReceivedMessages()[0].getContent().toString()).contains(invitation, "超期");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).singleResult()).as("the task stays open")
			.isNotNull();
	}

	@Test
	void aMailServerThatIsDownNeverHoldsUpTheProcess() throws Exception {
		this.mailSender.setPort(closedPort());
		Task task = startInvitationOnFridayBeforeSpringFestival();
		List<Job> timers = timersOf(task);

		moveEngineClockTo(timers.get(1).getDuedate().toInstant().plus(Duration.ofDays(1)));
		this.management.executeJob(timers.get(0).getId());
		this.management.executeJob(timers.get(1).getId());

		assertThat(this.jdbc.queryForObject("select count(*) from deadline_breach where task_id = ?", Integer.class,
				task.getId()))
			.isEqualTo(1);
		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_outbox where status = 'PENDING' and attempts = 1 and last_error is not null",
				Integer.class))
			.isGreaterThanOrEqualTo(4);
		assertThat(this.management.createJobQuery().processInstanceId(task.getProcessInstanceId()).count())
			.as("no timer job is left failing")
			.isZero();
	}

	private Task startInvitationOnFridayBeforeSpringFestival() {
		moveEngineClockTo(LocalDateTime.parse("2026-02-13T10:00:00").atZone(WorkingCalendar.ZONE).toInstant());
		String trackingNumber = this.fixture.submit(DepartmentCode.of("YJJ"));
		return this.fixture.task(trackingNumber, InvitationModel.TASK_ACCEPT_INVITATION);
	}

	private String businessKeyOf(Task task) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
	}

	private List<Job> timersOf(Task task) {
		return this.management.createJobQuery()
			.processInstanceId(task.getProcessInstanceId())
			.timers()
			.orderByJobDuedate()
			.asc()
			.list();
	}

	private static void moveEngineClockTo(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	private static List<String> recipientsOf(MimeMessage[] messages) {
		return Arrays.stream(messages).flatMap((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).map(Address::toString);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
