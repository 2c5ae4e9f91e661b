package cn.enforceflow.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import cn.enforceflow.audit.AuditEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTests {

	private static final Instant TEN_O_CLOCK_BEIJING = Instant.parse("2026-11-22T02:00:00Z");

	@Test
	void canonicalFormIsLengthPrefixedUtf8InAFixedOrder() {
		AuditEntry entry = claimed("YY-2026-000123", "{\"assignee\":null}", "{\"assignee\":\"officer1\"}", "认领 😀");

		assertThat(new String(AuditHash.canonicalForm(entry), StandardCharsets.UTF_8)).isEqualTo("64:" + "0".repeat(64)
				+ "1:110:17953128008:officer112:TASK_CLAIMED14:YY-2026-0001234:TASK3:t-117:{\"assignee\":null}"
				+ "23:{\"assignee\":\"officer1\"}11:认领 😀");
	}

	/**
	 * Computed outside Java from the form in ADR 0007: if this changes, every stored
	 * chain stops verifying.
	 */
	@Test
	void hashOfAKnownEntryNeverChanges() {
		assertThat(
				AuditHash.of(claimed("YY-2026-000123", "{\"assignee\":null}", "{\"assignee\":\"officer1\"}", "认领 😀")))
			.isEqualTo("4fa4a77f9ce83e22c8721746c0aa602679918d1e4db04c0c60340db0ed70ce69");
		assertThat(AuditHash.of(claimed(null, null, null, null)))
			.isEqualTo("eab3f645be040d0fc0060964b77ec6bcf72d3fc49264153479f9d67c8656cd63");
	}

	@Test
	void movingTextFromOneFieldToTheNextChangesTheHash() {
		AuditEntry entry = claimed(null, null, null, null);

		assertThat(AuditHash.of(new AuditEntry(entry.seq(), entry.recordedAt(), "officer1T", "ASK_CLAIMED", null, null,
				null, null, null, null, entry.previousHash(), null)))
			.isNotEqualTo(AuditHash.of(entry));
	}

	@Test
	void anEmptyValueIsNotAMissingOne() {
		assertThat(AuditHash.of(claimed(null, null, null, "")))
			.isNotEqualTo(AuditHash.of(claimed(null, null, null, null)));
		assertThat(AuditHash.of(claimed(null, null, null, "-")))
			.isNotEqualTo(AuditHash.of(claimed(null, null, null, null)));
	}

	@Test
	void everyFieldCounts() {
		AuditEntry entry = claimed("YY-2026-000123", "{}", "{}", "x");
		String hash = AuditHash.of(entry);

		assertThat(AuditHash.of(new AuditEntry(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(),
				entry.caseKey(), entry.subjectType(), entry.subjectId(), entry.before(), entry.after(), entry.detail(),
				"1" + AuditHash.GENESIS.substring(1), null)))
			.isNotEqualTo(hash);
		assertThat(AuditHash.of(new AuditEntry(2, entry.recordedAt(), entry.actor(), entry.action(), entry.caseKey(),
				entry.subjectType(), entry.subjectId(), entry.before(), entry.after(), entry.detail(),
				entry.previousHash(), null)))
			.isNotEqualTo(hash);
		assertThat(AuditHash.of(new AuditEntry(entry.seq(), entry.recordedAt().plusSeconds(1), entry.actor(),
				entry.action(), entry.caseKey(), entry.subjectType(), entry.subjectId(), entry.before(), entry.after(),
				entry.detail(), entry.previousHash(), null)))
			.isNotEqualTo(hash);
		assertThat(AuditHash.of(new AuditEntry(entry.seq(), entry.recordedAt(), "officer2", entry.action(),
				entry.caseKey(), entry.subjectType(), entry.subjectId(), entry.before(), entry.after(), entry.detail(),
				entry.previousHash(), null)))
			.isNotEqualTo(hash);
		assertThat(AuditHash
			.of(new AuditEntry(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(), entry.caseKey(), "CASE",
					entry.subjectId(), entry.before(), entry.after(), entry.detail(), entry.previousHash(), null)))
			.isNotEqualTo(hash);
		assertThat(AuditHash.of(new AuditEntry(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(),
				entry.caseKey(), entry.subjectType(), "t-2", entry.before(), entry.after(), entry.detail(),
				entry.previousHash(), null)))
			.isNotEqualTo(hash);
		assertThat(AuditHash.of(new AuditEntry(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(),
				entry.caseKey(), entry.subjectType(), entry.subjectId(), entry.before(), "{\"a\":1}", entry.detail(),
				entry.previousHash(), null)))
			.isNotEqualTo(hash);
	}

	@Test
	void ignoresTheHashStoredInTheEntry() {
		AuditEntry entry = claimed(null, null, null, null);

		assertThat(AuditHash.of(new AuditEntry(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(), null,
				null, null, null, null, null, entry.previousHash(), "f".repeat(64))))
			.isEqualTo(AuditHash.of(entry));
	}

	private static AuditEntry claimed(String caseKey, String before, String after, String detail) {
		return new AuditEntry(1, TEN_O_CLOCK_BEIJING, "officer1", "TASK_CLAIMED", caseKey,
				(caseKey != null) ? "TASK" : null, (caseKey != null) ? "t-1" : null, before, after, detail,
				AuditHash.GENESIS, null);
	}

}
