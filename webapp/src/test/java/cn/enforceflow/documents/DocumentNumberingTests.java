package cn.enforceflow.documents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import cn.enforceflow.EnforceFlowApplication;
import cn.enforceflow.FullApplication;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Document numbers are 1, 2, 3, ... per type, department and year, without gaps or
 * duplicates, however many issue at the same moment — two threads on one node, or one
 * thread on each of two nodes sharing the database (in the MySQL suite, the MySQL
 * database). Each test numbers for a department of its own, so that it starts at 1.
 */
@FullApplication
class DocumentNumberingTests {

	private static final int ISSUES = 200;

	private static final CreditCode HENGDA = new CreditCode("91320804746832153E");

	private static final Pattern SEQUENCE = Pattern.compile("〔(\\d{4})〕(\\d+)号$");

	private static ConfigurableApplicationContext secondNode;

	@Autowired
	Documents documents;

	@Autowired
	InboxFixture fixture;

	@AfterAll
	static void stopSecondNode() {
		if (secondNode != null) {
			secondNode.close();
		}
	}

	@Test
	void eachTypeDepartmentAndYearCountsFromOne() {
		DepartmentCode first = this.fixture.department("NUMA" + suffix(), "编号甲局");
		DepartmentCode second = this.fixture.department("NUMB" + suffix(), "编号乙管理局");
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

		Document a1 = issue(this.documents, first, DocumentSamples.correctionOrder());
		Document a2 = issue(this.documents, first, DocumentSamples.correctionOrder());
		Document advice = issue(this.documents, first, DocumentSamples.supervisionAdvice());
		Document b1 = issue(this.documents, second, DocumentSamples.correctionOrder());

		assertThat(a1.number()).isEqualTo("淮编号甲责改〔" + year + "〕1号");
		assertThat(a2.number()).isEqualTo("淮编号甲责改〔" + year + "〕2号");
		assertThat(advice.number()).isEqualTo("淮编号甲监建〔" + year + "〕1号");
		assertThat(b1.number()).isEqualTo("淮编号乙责改〔" + year + "〕1号");
	}

	@Test
	void twoHundredIssuedAtOnceOnTwoThreadsAreNumberedOneToTwoHundred() throws Exception {
		DepartmentCode department = this.fixture.department("NUMT" + suffix(), "并发编号局");

		List<Document> issued = issueConcurrently("two threads, one node", department, this.documents, this.documents);

		assertGapFree(issued);
	}

	@Test
	void twoHundredIssuedAtOnceOnTwoNodesAreNumberedOneToTwoHundred() throws Exception {
		DepartmentCode department = this.fixture.department("NUMN" + suffix(), "双节点编号局");
		// same database, its own engine name: both engines live in this one JVM
		secondNode = new SpringApplicationBuilder(EnforceFlowApplication.class).run("--server.port=0",
				"--camunda.bpm.process-engine-name=node2",
				"--camunda.bpm.generate-unique-process-application-name=true");

		List<Document> issued = issueConcurrently("one thread on each of two nodes", department, this.documents,
				secondNode.getBean(Documents.class));

		assertGapFree(issued);
	}

	/** Half of the issues on each of two Documents, in two threads started together. */
	private List<Document> issueConcurrently(String how, DepartmentCode department, Documents one, Documents other)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<Callable<List<Document>>> work = new ArrayList<>();
			for (Documents documents : List.of(one, other)) {
				work.add(() -> {
					start.await();
					List<Document> mine = new ArrayList<>();
					for (int i = 0; i < ISSUES / 2; i++) {
						mine.add(issue(documents, department, DocumentSamples.correctionOrder()));
					}
					return mine;
				});
			}
			List<Future<List<Document>>> results = new ArrayList<>();
			work.forEach((task) -> results.add(threads.submit(task)));
			long started = System.nanoTime();
			start.countDown();
			List<Document> all = new ArrayList<>();
			for (Future<List<Document>> result : results) {
				all.addAll(result.get(10, TimeUnit.MINUTES));
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("Issued %d documents (%s) in %d ms: %.1f per second%n", all.size(), how, millis,
					all.size() * 1000.0 / millis);
			return all;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void assertGapFree(List<Document> issued) {
		List<Long> sequences = new ArrayList<>();
		for (Document document : issued) {
			Matcher matcher = SEQUENCE.matcher(document.number());
			assertThat(matcher.find()).as(document.number()).isTrue();
			sequences.add(Long.parseLong(matcher.group(2)));
		}
		Collections.sort(sequences);
		assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, ISSUES).boxed().toList());
		assertThat(issued.stream().map(Document::id).distinct()).hasSize(ISSUES);
	}

	private static Document issue(Documents documents, DepartmentCode department, DocumentBody body) {
		IssueRequest request = (body.type().servedTo() == DocumentType.ServedTo.ENTERPRISE)
				? IssueRequest.toEnterprise("NUM-CASE", department, HENGDA, body, "officer1")
				: IssueRequest.toOrgan("NUM-CASE", department, DepartmentCode.of("YJJ"), null, body, "supervisor1");
		return documents.issue(request);
	}

	private static String suffix() {
		return String.valueOf(System.nanoTime() % 100000);
	}

}
