package cn.enforceflow.documents.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.enforceflow.documents.DocumentBody;
import cn.enforceflow.documents.DocumentBody.CorrectionOrder;
import cn.enforceflow.documents.DocumentSamples;
import cn.enforceflow.documents.DocumentType;
import cn.enforceflow.documents.PdfText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The templates themselves, without the application: each renders to a PDF whose text is
 * what the document must say, whatever the text it is given holds.
 */
class DocumentRendererTests {

	private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

	private static DocumentRenderer renderer;

	@BeforeAll
	static void renderer() {
		renderer = new DocumentRenderer(new DocumentProperties(FONT, "淮安市", "淮", Map.of()));
	}

	@ParameterizedTest
	@EnumSource(DocumentType.class)
	void eachTemplateRendersTheOrganNumberEnterpriseAndLegalBasis(DocumentType type) throws Exception {
		DocumentBody body = DocumentSamples.oneOfEach().stream().filter((b) -> b.type() == type).findFirst().get();

		byte[] pdf = renderer.render(type, model(type, body, "淮应急" + type.numberWord() + "〔2026〕7号"));

		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/" + type.name().toLowerCase() + ".pdf"), pdf);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String text = PdfText.of(pdf);
		assertThat(text).contains("淮安市应急管理局", "淮应急" + type.numberWord() + "〔2026〕7号", "淮安市恒达化工有限公司",
				PdfText.compact(DocumentSamples.basisOf(type)), type.title(), "2026年11月30日");
	}

	@Test
	void userTextIsPrintedAsTextNeverAsMarkup() {
		CorrectionOrder order = new CorrectionOrder(
				"仓库门口堆放<b>杂物</b> & \"易燃品\"</p><img src=\"http://127.0.0.1:1/x\"/>\u0001\u0007", "《中华人民共和国安全生产法》第四十条",
				"《中华人民共和国安全生产法》第一百零二条", java.time.LocalDate.of(2026, 12, 15),
				"${doc.number} <#list 1..3 as x>x</#list> ]]> <!-- -->");

		String text = PdfText.of(renderer.render(DocumentType.CORRECTION_ORDER,
				model(DocumentType.CORRECTION_ORDER, order, "淮应急责改〔2026〕8号")));

		assertThat(text).contains("仓库门口堆放<b>杂物</b>&\"易燃品\"</p><imgsrc=\"http://127.0.0.1:1/x\"/>",
				"${doc.number}<#list1..3asx>x</#list>]]><!---->");
	}

	@Test
	void aLongInspectionFlowsOntoMorePagesWithPageNumbers() {
		DocumentBody.InspectionRecord sample = DocumentSamples.inspectionRecord();
		List<DocumentBody.Finding> many = new java.util.ArrayList<>();
		for (int i = 0; i < 40; i++) {
			many.addAll(sample.findings());
		}
		DocumentBody.InspectionRecord record = new DocumentBody.InspectionRecord(sample.inspectedOn(), sample.site(),
				sample.inspectors(), sample.accompaniedBy(), many, sample.legalBasis(), sample.remarks());

		String text = PdfText.of(renderer.render(DocumentType.INSPECTION_RECORD,
				model(DocumentType.INSPECTION_RECORD, record, "淮应急检记〔2026〕9号")));

		assertThat(text).contains("—1—", "—2—", "本次共检查160项，发现隐患80项（其中重大隐患40项）");
	}

	@Test
	void rendersInWellUnderASecondOnceWarm() {
		Map<String, Object> model = model(DocumentType.RECTIFICATION_ADVICE, DocumentSamples.rectificationAdvice(),
				"淮应急整改〔2026〕10号");
		renderer.render(DocumentType.RECTIFICATION_ADVICE, model);
		int runs = 10;
		long started = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			renderer.render(DocumentType.RECTIFICATION_ADVICE, model);
		}
		long millis = (System.nanoTime() - started) / 1_000_000 / runs;
		System.out.println("Rendering a 整改建议书 took " + millis + " ms on average over " + runs + " runs");
		assertThat(millis).isLessThan(1000);
	}

	@Test
	void aMissingFontStopsTheStartWithTheReason() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> new DocumentRenderer(new DocumentProperties(Path.of("/no/such/font.ttc"), "", "", Map.of())))
			.withMessageContaining("/no/such/font.ttc")
			.withMessageContaining("fonts-wqy-zenhei");
	}

	@Test
	void aFontWithoutChineseIsRefused() {
		Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(latinOnly), "DejaVu Sans is installed");

		assertThatIllegalStateException()
			.isThrownBy(() -> new DocumentRenderer(new DocumentProperties(latinOnly, "", "", Map.of())))
			.withMessageContaining("no Chinese glyphs");
	}

	/** What DocumentService hands the templates, as forms/README.md describes it. */
	static Map<String, Object> model(DocumentType type, DocumentBody body, String number) {
		Map<String, Object> enterprise = new HashMap<>();
		enterprise.put("name", "淮安市恒达化工有限公司");
		enterprise.put("creditCode", "91320804746832153E");
		enterprise.put("legalRepresentative", "王建国");
		enterprise.put("address", "江苏省淮安市淮阴区化工园区经三路16号");
		Map<String, Object> doc = new HashMap<>();
		doc.put("id", "00000000-0000-0000-0000-000000000000");
		doc.put("caseKey", "YY-2026-000123");
		doc.put("title", type.title());
		doc.put("number", number);
		doc.put("organ", "淮安市应急管理局");
		doc.put("issuedOn", "2026年11月30日");
		doc.put("version", 1);
		doc.put("confidential", type == DocumentType.REFERRAL_LETTER || type == DocumentType.CLUE_MATERIALS_LIST);
		doc.put("enterprise", enterprise);
		doc.put("addressee", (type.servedTo() == DocumentType.ServedTo.ENTERPRISE) ? "淮安市恒达化工有限公司" : "淮安市纪委监委");
		Map<String, Object> model = new HashMap<>();
		model.put("doc", doc);
		model.put("body", TemplateValues.of(body));
		return model;
	}

}
