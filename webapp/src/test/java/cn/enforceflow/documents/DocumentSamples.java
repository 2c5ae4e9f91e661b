package cn.enforceflow.documents;

import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.documents.DocumentBody.ClueMaterialsList;
import cn.enforceflow.documents.DocumentBody.CorrectionOrder;
import cn.enforceflow.documents.DocumentBody.Finding;
import cn.enforceflow.documents.DocumentBody.InspectionRecord;
import cn.enforceflow.documents.DocumentBody.Inspector;
import cn.enforceflow.documents.DocumentBody.Material;
import cn.enforceflow.documents.DocumentBody.NonPenaltyDecision;
import cn.enforceflow.documents.DocumentBody.RectificationAdvice;
import cn.enforceflow.documents.DocumentBody.ReferralLetter;
import cn.enforceflow.documents.DocumentBody.Severity;
import cn.enforceflow.documents.DocumentBody.SupervisionAdvice;

/**
 * The content of one document of each type, as the workflows will fill it in, each with a
 * legal basis a test can look for in the PDF.
 */
public final class DocumentSamples {

	/** The basis each sample names; unique per type, so a test knows whose it found. */
	public static final String INSPECTION_BASIS = "《中华人民共和国安全生产法》第六十五条";

	public static final String RECTIFICATION_BASIS = "《安全生产事故隐患排查治理暂行规定》第二十条";

	public static final String CORRECTION_BASIS = "《中华人民共和国安全生产法》第一百零二条";

	public static final String NON_PENALTY_BASIS = "《中华人民共和国行政处罚法》第三十三条第一款";

	public static final String SUPERVISION_BASIS = "《行政执法监督条例》第二十二条";

	public static final String REFERRAL_BASIS = "《行政执法监督条例》第二十九条";

	public static final String MATERIALS_BASIS = "《江苏省行政执法监督办法》第三十一条";

	private DocumentSamples() {
	}

	/** 检查记录 with two compliant items and two hazards, one of them 重大. */
	public static InspectionRecord inspectionRecord() {
		LocalDate visit = LocalDate.of(2026, 11, 26);
		return new InspectionRecord(visit, "江苏省淮安市淮阴区化工园区经三路16号 甲类仓库及生产车间",
				List.of(new Inspector("刘洋", "32080020260001"), new Inspector("赵磊", "32080020260002")), "安全主管 陈明",
				List.of(Finding.compliant("安全生产责任制落实情况", "《中华人民共和国安全生产法》第二十二条"),
						Finding.hazard("危险化学品储存场所安全管理", "甲类仓库内氧化剂与易燃液体混存，未按规定分区隔离。", Severity.MAJOR,
								"《危险化学品安全管理条例》第二十四条", "立即将氧化剂移至独立库房，设置隔离标识，并组织一次专项检查。", visit.plusDays(14)),
						Finding.hazard("应急预案与演练", "年度应急演练记录缺失。", Severity.GENERAL, "《生产安全事故应急条例》第八条",
								"补充年度演练计划并于期限内组织一次演练。", visit.plusDays(30)),
						Finding.compliant("特种作业人员持证上岗", "《中华人民共和国安全生产法》第三十条")),
				INSPECTION_BASIS, "企业主要负责人到场陪同。");
	}

	/** 整改建议书 for the hazards of {@link #inspectionRecord()}. */
	public static RectificationAdvice rectificationAdvice() {
		InspectionRecord record = inspectionRecord();
		return new RectificationAdvice(record.inspectedOn(), record.hazards(), RECTIFICATION_BASIS,
				"淮安市应急管理局执法一科 刘洋 0517-80000000");
	}

	public static CorrectionOrder correctionOrder() {
		return new CorrectionOrder("你单位未按规定对重大危险源进行定期检测、评估。", "《中华人民共和国安全生产法》第四十条第一款", CORRECTION_BASIS,
				LocalDate.of(2026, 12, 15), "一、委托具备资质的机构完成检测评估；\n二、将评估报告报本机关备案。");
	}

	public static NonPenaltyDecision nonPenaltyDecision() {
		return new NonPenaltyDecision("2026年11月10日，执法人员检查发现当事人未在有较大危险因素的场所设置明显的安全警示标志。", "现场检查笔录、现场照片、整改后照片",
				"当事人系初次违法，危害后果轻微，并已在责令期限内改正。", NON_PENALTY_BASIS, "执法人员已向当事人讲解安全警示标志设置的法定要求，当事人承诺加强日常管理。", "淮安市人民政府",
				"淮安市清江浦区人民法院", "未在有较大危险因素的生产经营场所设置明显的安全警示标志",
				List.of(new Inspector("刘洋", "32080020260001"), new Inspector("赵磊", "32080020260002")));
	}

	public static SupervisionAdvice supervisionAdvice() {
		return new SupervisionAdvice("案卷评查发现，部分行政检查案卷未记录检查人员执法证号，检查结果告知不规范。", "一、组织执法人员学习行政检查规范；\n二、对2026年度检查案卷开展自查。",
				SUPERVISION_BASIS, LocalDate.of(2027, 1, 15));
	}

	public static ReferralLetter referralLetter() {
		return new ReferralLetter("某执法人员在邀约检查中向企业索要财物。", "利用职务便利谋取不正当利益", List.of("某局执法人员 张某"), REFERRAL_BASIS, 3,
				"淮安市司法局执法监督科 郑华");
	}

	public static ClueMaterialsList clueMaterialsList() {
		return new ClueMaterialsList(
				"关于某局执法人员张某涉嫌索要财物的问题线索", List.of(new Material("企业投诉举报材料", "原件", 4, null),
						new Material("执法记录仪视频", "电子文件", 0, "光盘一张"), new Material("初步核实报告", "复印件", 6, "经集体研究")),
				MATERIALS_BASIS);
	}

	/** One body of each type. */
	public static List<DocumentBody> oneOfEach() {
		return List.of(inspectionRecord(), rectificationAdvice(), correctionOrder(), nonPenaltyDecision(),
				supervisionAdvice(), referralLetter(), clueMaterialsList());
	}

	/** The legal basis the sample of a type names. */
	public static String basisOf(DocumentType type) {
		return switch (type) {
			case INSPECTION_RECORD -> INSPECTION_BASIS;
			case RECTIFICATION_ADVICE -> RECTIFICATION_BASIS;
			case CORRECTION_ORDER -> CORRECTION_BASIS;
			case NON_PENALTY_DECISION -> NON_PENALTY_BASIS;
			case SUPERVISION_ADVICE -> SUPERVISION_BASIS;
			case REFERRAL_LETTER -> REFERRAL_BASIS;
			case CLUE_MATERIALS_LIST -> MATERIALS_BASIS;
		};
	}

}
