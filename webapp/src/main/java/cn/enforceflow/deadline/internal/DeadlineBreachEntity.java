package cn.enforceflow.deadline.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import cn.enforceflow.deadline.DeadlineBreach;
import cn.enforceflow.deadline.TaskRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "deadline_breach")
class DeadlineBreachEntity {

	private static final String GROUP_SEPARATOR = ",";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "process_key", nullable = false, length = 255)
	private String processKey;

	@Column(name = "process_instance_id", nullable = false, length = 64)
	private String processInstanceId;

	@Column(name = "business_key", length = 255)
	private String businessKey;

	@Column(name = "task_id", nullable = false, unique = true, length = 64)
	private String taskId;

	@Column(name = "task_definition_key", nullable = false, length = 255)
	private String taskDefinitionKey;

	@Column(name = "task_name", length = 255)
	private String taskName;

	@Column(length = 255)
	private String assignee;

	@Column(name = "candidate_groups", length = 1000)
	private String candidateGroups;

	@Column(name = "due_at", nullable = false)
	private Instant dueAt;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "late_by_working_days", nullable = false)
	private int lateByWorkingDays;

	protected DeadlineBreachEntity() {
	}

	DeadlineBreachEntity(TaskRef task, Instant dueAt, Instant recordedAt, int lateByWorkingDays) {
		this.processKey = task.processKey();
		this.processInstanceId = task.processInstanceId();
		this.businessKey = task.businessKey();
		this.taskId = task.taskId();
		this.taskDefinitionKey = task.taskDefinitionKey();
		this.taskName = task.taskName();
		this.assignee = task.assignee();
		this.candidateGroups = String.join(GROUP_SEPARATOR, task.candidateGroups());
		this.dueAt = dueAt;
		this.recordedAt = recordedAt;
		this.lateByWorkingDays = lateByWorkingDays;
	}

	DeadlineBreach toBreach() {
		List<String> groups = (this.candidateGroups == null || this.candidateGroups.isEmpty()) ? List.of()
				: Arrays.asList(this.candidateGroups.split(GROUP_SEPARATOR));
		return new DeadlineBreach(this.processKey, this.processInstanceId, this.businessKey, this.taskId,
				this.taskDefinitionKey, this.taskName, this.assignee, groups, this.dueAt, this.recordedAt,
				this.lateByWorkingDays);
	}

}
