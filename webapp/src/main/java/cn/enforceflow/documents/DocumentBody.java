package cn.enforceflow.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a document says beyond its header (organ, number, addressee, date, which the
 * service fills in): one record per {@link DocumentType}, read by that type's template.
 * Text is printed as given, escaped; line breaks are kept. Dates print as 2026年11月30日,
 * {@link Severity} as 一般 or 重大.
 */
public sealed interface DocumentBody permits DocumentBody.InspectionRecord, DocumentBody.RectificationAdvice,
		DocumentBody.CorrectionOrder, DocumentBody.NonPenaltyDecision, DocumentBody.SupervisionAdvice,
		DocumentBody.ReferralLetter, DocumentBody.ClueMaterialsList {

	DocumentType type();

	/**
	 * 检查记录.
	 *
	 * @param inspectedOn the day of the visit
	 * @param site where the inspection took place
	 * @param inspectors the officers, at least two (执法人员 and their certificate numbers)
	 * @param accompaniedBy who accompanied them for the enterprise, e.g. 安全主管 张三, or null
	 * @param findings every item inspected, compliant or not
	 * @param legalBasis the basis of the inspection, e.g. 《中华人民共和国安全生产法》第六十五条
	 * @param remarks anything else recorded, or null
	 */
	record InspectionRecord(LocalDate inspectedOn, String site, List<Inspector> inspectors, String accompaniedBy,
			List<Finding> findings, String legalBasis, String remarks) implements DocumentBody {

		public InspectionRecord {
			Objects.requireNonNull(inspectedOn, "inspectedOn");
			requireText(site, "site");
			inspectors = List.copyOf(inspectors);
			if (inspectors.size() < 2) {
				throw new IllegalArgumentException("an inspection is made by at least two officers");
			}
			findings = List.copyOf(findings);
			if (findings.isEmpty()) {
				throw new IllegalArgumentException("an inspection record lists the items inspected");
			}
			requireText(legalBasis, "legalBasis");
		}

		@Override
		public DocumentType type() {
			return DocumentType.INSPECTION_RECORD;
		}

		/** The findings that are hazards (隐患). */
		public List<Finding> hazards() {
			return this.findings.stream().filter((finding) -> !finding.compliant()).toList();
		}

	}

	/**
	 * 整改建议书.
	 *
	 * @param inspectedOn the day of the inspection that found the hazards
	 * @param hazards the hazards, each with its severity, advice and deadline
	 * @param legalBasis the basis of the advice as a whole
	 * @param contact whom to ask, e.g. 应急管理局执法一科 刘洋 0517-80000000, or null
	 */
	record RectificationAdvice(LocalDate inspectedOn, List<Finding> hazards, String legalBasis,
			String contact) implements DocumentBody {

		public RectificationAdvice {
			Objects.requireNonNull(inspectedOn, "inspectedOn");
			hazards = List.copyOf(hazards);
			if (hazards.isEmpty()) {
				throw new IllegalArgumentException("a rectification advice lists at least one hazard");
			}
			for (Finding hazard : hazards) {
				if (hazard.compliant() || hazard.severity() == null || hazard.advice() == null
						|| hazard.deadline() == null) {
					throw new IllegalArgumentException(
							"every hazard of a rectification advice has a severity, advice and deadline: "
									+ hazard.item());
				}
			}
			requireText(legalBasis, "legalBasis");
		}

		@Override
		public DocumentType type() {
			return DocumentType.RECTIFICATION_ADVICE;
		}

	}

	/**
	 * 责令改正通知书.
	 *
	 * @param facts what was found (违法事实)
	 * @param violation the provision violated
	 * @param legalBasis the provision the order rests on
	 * @param deadline correct by this day
	 * @param requirements how to correct, and how to report it
	 */
	record CorrectionOrder(String facts, String violation, String legalBasis, LocalDate deadline,
			String requirements) implements DocumentBody {

		public CorrectionOrder {
			requireText(facts, "facts");
			requireText(violation, "violation");
			requireText(legalBasis, "legalBasis");
			Objects.requireNonNull(deadline, "deadline");
			requireText(requirements, "requirements");
		}

		@Override
		public DocumentType type() {
			return DocumentType.CORRECTION_ORDER;
		}

	}

	/**
	 * 不予行政处罚决定书.
	 *
	 * @param facts the facts found
	 * @param evidence the evidence, e.g. 现场检查笔录、询问笔录、整改照片
	 * @param reasons why no penalty is imposed (首违、轻微、及时改正)
	 * @param legalBasis e.g. 《中华人民共和国行政处罚法》第三十三条第一款
	 * @param education the education given (教育告诫)
	 * @param reviewBody where to apply for administrative review (复议机关)
	 * @param court where to sue (人民法院)
	 * @param matter the violation (违法事项) as catalogued
	 * @param officers the two officers of the case with their certificate numbers
	 */
	record NonPenaltyDecision(String facts, String evidence, String reasons, String legalBasis, String education,
			String reviewBody, String court, String matter, List<Inspector> officers) implements DocumentBody {

		public NonPenaltyDecision {
			requireText(matter, "matter");
			officers = List.copyOf(officers);
			if (officers.size() < 2) {
				throw new IllegalArgumentException("a decision names the two officers of the case");
			}
			requireText(facts, "facts");
			requireText(evidence, "evidence");
			requireText(reasons, "reasons");
			requireText(legalBasis, "legalBasis");
			requireText(education, "education");
			requireText(reviewBody, "reviewBody");
			requireText(court, "court");
		}

		@Override
		public DocumentType type() {
			return DocumentType.NON_PENALTY_DECISION;
		}

	}

	/**
	 * 执法监督建议书, addressed to a department.
	 *
	 * @param problems the problems found in its enforcement
	 * @param advice what the department should do
	 * @param legalBasis e.g. 《行政执法监督条例》第二十二条
	 * @param feedbackBy the day by which the department reports back
	 */
	record SupervisionAdvice(String problems, String advice, String legalBasis,
			LocalDate feedbackBy) implements DocumentBody {

		public SupervisionAdvice {
			requireText(problems, "problems");
			requireText(advice, "advice");
			requireText(legalBasis, "legalBasis");
			Objects.requireNonNull(feedbackBy, "feedbackBy");
		}

		@Override
		public DocumentType type() {
			return DocumentType.SUPERVISION_ADVICE;
		}

	}

	/**
	 * 移送函, addressed to the discipline commission.
	 *
	 * @param summary the clue in short
	 * @param category its category in the clue catalog
	 * @param personsConcerned the staff it concerns, e.g. 某局执法人员 张某
	 * @param legalBasis e.g. 《行政执法监督条例》第二十九条
	 * @param materialCount how many materials go with it (see the 线索材料清单)
	 * @param contact whom to ask, or null
	 */
	record ReferralLetter(String summary, String category, List<String> personsConcerned, String legalBasis,
			int materialCount, String contact) implements DocumentBody {

		public ReferralLetter {
			requireText(summary, "summary");
			requireText(category, "category");
			personsConcerned = List.copyOf(personsConcerned);
			requireText(legalBasis, "legalBasis");
			if (materialCount < 0) {
				throw new IllegalArgumentException("materialCount must not be negative");
			}
		}

		@Override
		public DocumentType type() {
			return DocumentType.REFERRAL_LETTER;
		}

	}

	/**
	 * 线索材料清单.
	 *
	 * @param clueTitle the clue the materials belong to
	 * @param materials the materials, at least one
	 * @param legalBasis the provision the referral rests on
	 */
	record ClueMaterialsList(String clueTitle, List<Material> materials, String legalBasis) implements DocumentBody {

		public ClueMaterialsList {
			requireText(clueTitle, "clueTitle");
			materials = List.copyOf(materials);
			if (materials.isEmpty()) {
				throw new IllegalArgumentException("a list of materials lists at least one");
			}
			requireText(legalBasis, "legalBasis");
		}

		@Override
		public DocumentType type() {
			return DocumentType.CLUE_MATERIALS_LIST;
		}

	}

	/**
	 * An officer who inspected.
	 *
	 * @param name e.g. 刘洋
	 * @param certificateNumber 执法证号
	 */
	record Inspector(String name, String certificateNumber) {

		public Inspector {
			requireText(name, "name");
			requireText(certificateNumber, "certificateNumber");
		}

	}

	/**
	 * One inspected item: compliant, or a hazard (隐患) with its severity, legal basis,
	 * advice and deadline.
	 *
	 * @param item the inspection item, e.g. 危险化学品储存场所安全管理
	 * @param compliant whether it was found in order
	 * @param description what was found; required for a hazard
	 * @param severity 一般 or 重大; required for a hazard, null when compliant
	 * @param legalBasis the provision the item is inspected under
	 * @param advice how to rectify (整改建议), or null
	 * @param deadline rectify by this day, or null
	 */
	record Finding(String item, boolean compliant, String description, Severity severity, String legalBasis,
			String advice, LocalDate deadline) {

		public Finding {
			requireText(item, "item");
			requireText(legalBasis, "legalBasis");
			if (!compliant) {
				requireText(description, "description");
				Objects.requireNonNull(severity, "a hazard has a severity");
			}
		}

		/** A compliant item. */
		public static Finding compliant(String item, String legalBasis) {
			return new Finding(item, true, null, null, legalBasis, null, null);
		}

		/** A hazard with its advice and deadline. */
		public static Finding hazard(String item, String description, Severity severity, String legalBasis,
				String advice, LocalDate deadline) {
			return new Finding(item, false, description, severity, legalBasis, advice, deadline);
		}

	}

	/** How serious a hazard is. */
	enum Severity {

		/** 一般隐患 */
		GENERAL("一般"),

		/** 重大隐患 */
		MAJOR("重大");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		/** As printed: 一般, 重大. */
		public String label() {
			return this.label;
		}

	}

	/**
	 * One item of a 线索材料清单.
	 *
	 * @param name e.g. 案卷评查记录
	 * @param form 原件, 复印件 or 电子文件
	 * @param pages number of pages, or 0 when not paper
	 * @param remark or null
	 */
	record Material(String name, String form, int pages, String remark) {

		public Material {
			requireText(name, "name");
			requireText(form, "form");
			if (pages < 0) {
				throw new IllegalArgumentException("pages must not be negative");
			}
		}

	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
