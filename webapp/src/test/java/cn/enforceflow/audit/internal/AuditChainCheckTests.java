package cn.enforceflow.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditVerification;
import cn.enforceflow.audit.AuditVerification.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk over the chain, on entries made in memory: what each kind of tampering looks
 * like.
 */
class AuditChainCheckTests {

	private static final Instant START = Instant.parse("2026-11-22T02:00:00Z");

	private final List<AuditEntry> chain = chainOf(5);

	@Test
	void anUntouchedChainIsValid() {
		AuditVerification result = walk(this.chain, 5, this.chain.get(4).hash());

		assertThat(result.valid()).isTrue();
		assertThat(result.entries()).isEqualTo(5);
		assertThat(result.firstBroken()).isNull();
	}

	@Test
	void anEmptyChainIsValid() {
		assertThat(walk(List.of(), 0, AuditHash.GENESIS)).isEqualTo(AuditVerification.intact(0));
	}

	@Test
	void anAlteredEntryDoesNotMatchItsHash() {
		this.chain.set(2, alteredAfter(this.chain.get(2), "{\"assignee\":\"officer2\"}"));

		AuditVerification result = walk(this.chain, 5, this.chain.get(4).hash());

		assertThat(result.valid()).isFalse();
		assertThat(result.entries()).isEqualTo(3);
		assertThat(result.firstBroken().seq()).isEqualTo(3);
		assertThat(result.firstBroken().reason()).isEqualTo(Reason.HASH_MISMATCH);
		assertThat(result.firstBroken().action()).isEqualTo("TASK_CLAIMED");
		assertThat(result.firstBroken().caseKey()).isEqualTo("YY-2026-000003");
		assertThat(result.firstBroken().recordedAt()).isEqualTo(START.plusSeconds(3));
	}

	@Test
	void anAlteredEntryWithARecomputedHashBreaksTheLinkToTheNext() {
		this.chain.set(2, rehashed(alteredAfter(this.chain.get(2), "{\"assignee\":\"officer2\"}")));

		AuditVerification result = walk(this.chain, 5, this.chain.get(4).hash());

		assertThat(result.firstBroken().seq()).isEqualTo(4);
		assertThat(result.firstBroken().reason()).isEqualTo(Reason.CHAIN_BROKEN);
	}

	@Test
	void aDeletedEntryLeavesAGap() {
		this.chain.remove(1);

		AuditVerification result = walk(this.chain, 5, this.chain.get(3).hash());

		assertThat(result.firstBroken().seq()).isEqualTo(2);
		assertThat(result.firstBroken().reason()).isEqualTo(Reason.SEQUENCE_GAP);
		assertThat(result.firstBroken().recordedAt()).isNull();
		assertThat(result.entries()).isEqualTo(1);
	}

	@Test
	void deletingTheFirstEntryLeavesAGapAtOne() {
		this.chain.remove(0);

		assertThat(walk(this.chain, 5, this.chain.get(3).hash()).firstBroken().seq()).isEqualTo(1);
	}

	@Test
	void deletedLastEntriesAreMissingFromTheHead() {
		String head = this.chain.get(4).hash();
		this.chain.subList(3, 5).clear();

		AuditVerification result = walk(this.chain, 5, head);

		assertThat(result.firstBroken().seq()).isEqualTo(4);
		assertThat(result.firstBroken().reason()).isEqualTo(Reason.SEQUENCE_GAP);
		assertThat(result.entries()).isEqualTo(3);
	}

	@Test
	void aReplacedLastEntryDoesNotMatchTheHead() {
		String head = this.chain.get(4).hash();
		this.chain.set(4, rehashed(alteredAfter(this.chain.get(4), "{}")));

		AuditVerification result = walk(this.chain, 5, head);

		assertThat(result.firstBroken().seq()).isEqualTo(5);
		assertThat(result.firstBroken().reason()).isEqualTo(Reason.HEAD_MISMATCH);
		assertThat(result.entries()).isEqualTo(5);
	}

	@Test
	void anAlteredPreviousHashBreaksTheLinkAtThatEntry() {
		AuditEntry third = this.chain.get(2);
		this.chain.set(2,
				rehashed(new AuditEntry(third.seq(), third.recordedAt(), third.actor(), third.action(), third.caseKey(),
						third.subjectType(), third.subjectId(), third.before(), third.after(), third.detail(),
						AuditHash.GENESIS, null)));

		AuditVerification result = walk(this.chain, 5, this.chain.get(4).hash());

		assertThat(result.firstBroken().seq()).isEqualTo(3);
		assertThat(result.firstBroken().reason()).isEqualTo(Reason.CHAIN_BROKEN);
	}

	@Test
	void reportsOnlyTheFirstBreak() {
		this.chain.set(3, alteredAfter(this.chain.get(3), "{}"));
		this.chain.set(1, alteredAfter(this.chain.get(1), "{}"));

		assertThat(walk(this.chain, 5, this.chain.get(4).hash()).firstBroken().seq()).isEqualTo(2);
	}

	private static AuditVerification walk(List<AuditEntry> entries, long headSeq, String headHash) {
		ChainCheck check = new ChainCheck();
		for (AuditEntry entry : entries) {
			if (!check.next(entry)) {
				break;
			}
		}
		return check.end(headSeq, headHash);
	}

	private static List<AuditEntry> chainOf(int length) {
		List<AuditEntry> chain = new ArrayList<>();
		String previous = AuditHash.GENESIS;
		for (int seq = 1; seq <= length; seq++) {
			AuditEntry entry = rehashed(new AuditEntry(seq, START.plusSeconds(seq), "officer1", "TASK_CLAIMED",
					"YY-2026-00000" + seq, "TASK", "t-" + seq, "{\"assignee\":null}", "{\"assignee\":\"officer1\"}",
					null, previous, null));
			chain.add(entry);
			previous = entry.hash();
		}
		return chain;
	}

	private static AuditEntry alteredAfter(AuditEntry entry, String after) {
		return new AuditEntry(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(), entry.caseKey(),
				entry.subjectType(), entry.subjectId(), entry.before(), after, entry.detail(), entry.previousHash(),
				entry.hash());
	}

	private static AuditEntry rehashed(AuditEntry entry) {
		return new AuditEntry(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(), entry.caseKey(),
				entry.subjectType(), entry.subjectId(), entry.before(), entry.after(), entry.detail(),
				entry.previousHash(), AuditHash.of(entry));
	}

}
