package cn.enforceflow.processes.invitation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the application's {@value InvitationModel#HAZARDS_BEAN} bean: the hazards
 * a test recorded for a case, in order, each with its rectification deadline as an ISO
 * date. Public: the engine's EL calls it. Call {@link Mocks#reset()} after each test.
 */
public final class FakeInvitationHazards {

	private final Map<String, List<String>> hazards = new LinkedHashMap<>();

	private final Map<String, String> deadlines = new LinkedHashMap<>();

	private final List<String> casesAsked = new ArrayList<>();

	private FakeInvitationHazards() {
	}

	public static FakeInvitationHazards register() {
		FakeInvitationHazards fake = new FakeInvitationHazards();
		Mocks.register(InvitationModel.HAZARDS_BEAN, fake);
		return fake;
	}

	/** Records a hazard of a case with the deadline the officer set for it. */
	public FakeInvitationHazards found(String businessKey, String findingId, String deadline) {
		this.hazards.computeIfAbsent(businessKey, (key) -> new ArrayList<>()).add(findingId);
		this.deadlines.put(findingId, deadline);
		return this;
	}

	/** The officer sets a new deadline, e.g. when sending a report back. */
	public void moveDeadline(String findingId, String deadline) {
		if (!this.deadlines.containsKey(findingId)) {
			throw new IllegalArgumentException("no finding " + findingId);
		}
		this.deadlines.put(findingId, deadline);
	}

	/** The finding ids of the case's hazards. */
	public List<String> of(String businessKey) {
		this.casesAsked.add(businessKey);
		return List.copyOf(this.hazards.getOrDefault(businessKey, List.of()));
	}

	/** The rectification deadline of one hazard, an ISO date. */
	public String deadline(String findingId) {
		String deadline = this.deadlines.get(findingId);
		if (deadline == null) {
			throw new IllegalArgumentException("no finding " + findingId);
		}
		return deadline;
	}

	/** The business keys {@link #of} was asked for, in order. */
	public List<String> casesAsked() {
		return List.copyOf(this.casesAsked);
	}

}
