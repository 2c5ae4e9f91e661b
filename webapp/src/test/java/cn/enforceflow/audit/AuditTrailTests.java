package cn.enforceflow.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import cn.enforceflow.FullApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Appending to the trail on the database of this run. Other tests append too, so every
 * assertion is about the entries this test appended.
 */
@FullApplication
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void appendsInOrderEachEntryLinkedToTheOneBefore() {
		String caseKey = newCaseKey();
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		AuditEntry claimed = append(claim(caseKey, "officer1"));
		AuditEntry commented = append(
				AuditRecord.of("officer1", "TASK_COMMENTED").withCase(caseKey).withDetail("已电话联系企业"));
		AuditEntry completed = append(AuditRecord.of("officer1", "TASK_COMPLETED").withCase(caseKey));

		assertThat(commented.seq()).isEqualTo(claimed.seq() + 1);
		assertThat(completed.seq()).isEqualTo(commented.seq() + 1);
		assertThat(commented.previousHash()).isEqualTo(claimed.hash());
		assertThat(completed.previousHash()).isEqualTo(commented.hash());
		assertThat(List.of(claimed.hash(), commented.hash(), completed.hash())).doesNotHaveDuplicates()
			.allSatisfy((hash) -> assertThat(hash).matches("[0-9a-f]{64}"));
		assertThat(claimed.recordedAt()).isBetween(start, Instant.now());
		assertThat(claimed.recordedAt().getNano()).isZero();
		assertThat(this.trail.ofCase(caseKey)).containsExactly(claimed, commented, completed);
		assertThat(this.trail.verify().valid()).isTrue();
	}

	@Test
	void storesTheTimeAsBeijingTimeInWholeSeconds() {
		AuditEntry entry = append(claim(newCaseKey(), "officer1"));

		LocalDateTime stored = this.jdbc.queryForObject("select recorded_at from audit_entry where seq = ?",
				LocalDateTime.class, entry.seq());
		assertThat(stored).isEqualTo(LocalDateTime.ofInstant(entry.recordedAt(), ZoneId.of("Asia/Shanghai")));
	}

	@Test
	void writesTheChangeAsJsonWithSortedKeys() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("zone", "淮安");
		before.put("assignee", null);
		before.put("due", LocalDate.of(2026, 2, 24));
		before.put("groups", List.of(Map.of("y", 2, "b", 1)));
		String caseKey = newCaseKey();

		AuditEntry entry = append(AuditRecord.of("dispatcher1", "TASK_TRANSFERRED")
			.withCase(caseKey)
			.withChange(before, Map.of("assignee", "officer2")));

		assertThat(entry.before())
			.isEqualTo("{\"assignee\":null,\"due\":\"2026-02-24\",\"groups\":[{\"b\":1,\"y\":2}],\"zone\":\"淮安\"}");
		assertThat(entry.after()).isEqualTo("{\"assignee\":\"officer2\"}");
		assertThat(this.trail.ofCase(caseKey)).containsExactly(entry);
	}

	@Test
	void keepsChineseAndEmojiToTheLastCharacter() {
		String detail = "退回理由：检查记录缺少企业签字".repeat(140).substring(0, 1990) + "🙂😀𠮷👍🏻".repeat(2);
		assertThat(detail.codePointCount(0, detail.length())).isEqualTo(AuditRecord.MAX_DETAIL);
		String caseKey = "淮应急不罚〔2026〕" + UUID.randomUUID() + "号";

		AuditEntry entry = append(AuditRecord.of("legal1", "TASK_RETURNED")
			.withCase(caseKey)
			.withSubject("TASK", "t-" + UUID.randomUUID())
			.withChange(null, Map.of("reason", "签字缺失 ✍️"))
			.withDetail(detail));

		AuditEntry stored = this.trail.ofCase(caseKey).get(0);
		assertThat(stored.detail()).isEqualTo(detail);
		assertThat(stored).isEqualTo(entry);
		assertThat(this.trail.verify().valid()).isTrue();
	}

	@Test
	void findsTheEntriesOfOneCaseOnly() {
		String caseKey = newCaseKey();
		AuditEntry first = append(claim(caseKey, "officer1"));
		append(claim(newCaseKey(), "officer2"));
		AuditEntry second = append(AuditRecord.of("officer1", "TASK_COMPLETED").withCase(caseKey));

		assertThat(this.trail.ofCase(caseKey)).containsExactly(first, second);
		assertThat(this.trail.ofCase(caseKey.toLowerCase())).isEmpty();
	}

	@Test
	void listsTheNewestEntriesFirst() {
		AuditEntry older = append(claim(newCaseKey(), "officer1"));
		AuditEntry newer = append(claim(newCaseKey(), "officer2"));

		assertThat(this.trail.latest(2)).containsExactly(newer, older);
	}

	@Test
	void anEntryExistsExactlyWhenItsTransactionCommits() {
		String caseKey = newCaseKey();

		AuditEntry rolledBack = new TransactionTemplate(this.transactions).execute((status) -> {
			AuditEntry entry = this.trail.record(claim(caseKey, "officer1"));
			status.setRollbackOnly();
			return entry;
		});
		AuditEntry committed = append(claim(caseKey, "officer2"));

		assertThat(this.trail.ofCase(caseKey)).containsExactly(committed);
		assertThat(committed.seq()).isEqualTo(rolledBack.seq());
		assertThat(this.trail.verify().valid()).isTrue();
	}

	@Test
	void refusesToAppendOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.trail.record(claim(newCaseKey(), "officer1")));
	}

	@Test
	void concurrentAppendersFormOneChainWithoutGaps() throws Exception {
		String caseKey = newCaseKey();
		int perThread = 100;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<AuditEntry>>> appended = new ArrayList<>();
			for (String officer : List.of("officer1", "officer2")) {
				appended.add(threads.submit(() -> {
					start.await();
					List<AuditEntry> mine = new ArrayList<>();
					for (int i = 0; i < perThread; i++) {
						mine.add(append(claim(caseKey, officer)));
					}
					return mine;
				}));
			}
			start.countDown();
			List<AuditEntry> first = appended.get(0).get(2, TimeUnit.MINUTES);
			List<AuditEntry> second = appended.get(1).get(2, TimeUnit.MINUTES);

			assertThat(first).extracting(AuditEntry::seq).isSorted();
			assertThat(second).extracting(AuditEntry::seq).isSorted();
			List<AuditEntry> chain = this.trail.ofCase(caseKey);
			long from = chain.get(0).seq();
			assertThat(chain).extracting(AuditEntry::seq)
				.containsExactlyElementsOf(LongStream.range(from, from + 2L * perThread).boxed().toList());
			assertThat(chain).containsExactlyInAnyOrderElementsOf(concat(first, second));
			for (int i = 1; i < chain.size(); i++) {
				assertThat(chain.get(i).previousHash()).as("link to seq %d", chain.get(i - 1).seq())
					.isEqualTo(chain.get(i - 1).hash());
			}
			AuditVerification verification = this.trail.verify();
			assertThat(verification.valid()).as("%s", verification).isTrue();
			assertThat(verification.entries()).isGreaterThanOrEqualTo(chain.get(chain.size() - 1).seq());
		}
		finally {
			threads.shutdownNow();
		}
	}

	private AuditEntry append(AuditRecord record) {
		return new TransactionTemplate(this.transactions).execute((status) -> this.trail.record(record));
	}

	private static AuditRecord claim(String caseKey, String officer) {
		Map<String, Object> before = new HashMap<>();
		before.put("assignee", null);
		return AuditRecord.of(officer, "TASK_CLAIMED")
			.withCase(caseKey)
			.withSubject("TASK", "t-" + UUID.randomUUID())
			.withChange(before, Map.of("assignee", officer));
	}

	private static String newCaseKey() {
		return "YY-TEST-" + UUID.randomUUID().toString().toUpperCase();
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
