package cn.enforceflow.audit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditRecordTests {

	@Test
	void buildsARecordStepByStep() {
		AuditRecord record = AuditRecord.of("officer1", "TASK_CLAIMED")
			.withCase("YY-2026-000123")
			.withSubject("TASK", "t-1")
			.withChange(Map.of("assignee", "dispatcher1"), Map.of("assignee", "officer1"))
			.withDetail("现场认领");

		assertThat(record).isEqualTo(new AuditRecord("officer1", "TASK_CLAIMED", "YY-2026-000123", "TASK", "t-1",
				Map.of("assignee", "dispatcher1"), Map.of("assignee", "officer1"), "现场认领"));
	}

	@Test
	void keepsNullValuesInTheChange() {
		Map<String, Object> before = new HashMap<>();
		before.put("assignee", null);

		AuditRecord record = AuditRecord.of("officer1", "TASK_CLAIMED").withChange(before, null);

		assertThat(record.before()).containsEntry("assignee", null);
		assertThat(record.after()).isNull();
	}

	@Test
	void copiesTheChangeSoThatLaterEditsDoNotReachIt() {
		Map<String, Object> after = new LinkedHashMap<>(Map.of("assignee", "officer1"));
		AuditRecord record = AuditRecord.of("officer1", "TASK_CLAIMED").withChange(null, after);

		after.put("assignee", "officer2");

		assertThat(record.after()).containsEntry("assignee", "officer1");
	}

	@Test
	void needsAnActorAndAnAction() {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditRecord.of(null, "TASK_CLAIMED"))
			.withMessageContaining("actor");
		assertThatIllegalArgumentException().isThrownBy(() -> AuditRecord.of("officer1", " "))
			.withMessageContaining("action");
	}

	@Test
	void rejectsAnActionCodeLongerThan64Characters() {
		assertThat(AuditRecord.of("system", "A".repeat(64)).action()).hasSize(64);
		assertThatIllegalArgumentException().isThrownBy(() -> AuditRecord.of("system", "A".repeat(65)))
			.withMessageContaining("longer than 64");
	}

	@Test
	void countsTheDetailInCharactersSoThatEmojiCountOnce() {
		String detail = "整".repeat(1990) + "😀".repeat(10);

		assertThat(AuditRecord.of("officer1", "TASK_COMMENTED").withDetail(detail).detail()).isEqualTo(detail);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AuditRecord.of("officer1", "TASK_COMMENTED").withDetail(detail + "😀"))
			.withMessageContaining("detail is longer than 2000");
	}

	@Test
	void rejectsTextThatCannotBeStoredAsWritten() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AuditRecord.of("officer1", "TASK_COMMENTED").withDetail("half an emoji \uD83D"))
			.withMessageContaining("well-formed");
	}

	@Test
	void rejectsANullKey() {
		Map<String, Object> after = new HashMap<>();
		after.put(null, "x");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> AuditRecord.of("officer1", "TASK_CLAIMED").withChange(null, after))
			.withMessageContaining("null key");
	}

}
