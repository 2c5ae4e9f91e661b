package cn.enforceflow.documents;

/**
 * The kinds of official document (文书) the three workflows issue. Each has its title, the
 * word its numbers carry ({@code 淮应急整改〔2026〕12号}), its template under
 * {@code forms/src/main/resources/documents/} and whom it is served to.
 */
public enum DocumentType {

	/** 检查记录 — what an inspection found, item by item. */
	INSPECTION_RECORD("检查记录", "检记", "inspection-record", ServedTo.ENTERPRISE),

	/** 整改建议书 — the hazards found and how and by when to fix them. */
	RECTIFICATION_ADVICE("整改建议书", "整改", "rectification-advice", ServedTo.ENTERPRISE),

	/** 责令改正通知书 — an order to correct a violation by a deadline. */
	CORRECTION_ORDER("责令改正通知书", "责改", "correction-order", ServedTo.ENTERPRISE),

	/** 不予行政处罚决定书 — the first-violation exemption decision. */
	NON_PENALTY_DECISION("不予行政处罚决定书", "不罚", "non-penalty-decision", ServedTo.ENTERPRISE),

	/** 执法监督建议书 — the justice bureau's advice to a department. */
	SUPERVISION_ADVICE("执法监督建议书", "监建", "supervision-advice", ServedTo.ORGAN),

	/** 移送函 — the letter referring a clue to the discipline commission. */
	REFERRAL_LETTER("移送函", "移送", "referral-letter", ServedTo.ORGAN),

	/** 线索材料清单 — the list of materials that go with a referral. */
	CLUE_MATERIALS_LIST("线索材料清单", "线索", "clue-materials-list", ServedTo.ORGAN);

	private final String title;

	private final String numberWord;

	private final String templateName;

	private final ServedTo servedTo;

	DocumentType(String title, String numberWord, String templateName, ServedTo servedTo) {
		this.title = title;
		this.numberWord = numberWord;
		this.templateName = templateName;
		this.servedTo = servedTo;
	}

	/** The title printed on the document, e.g. 整改建议书. */
	public String title() {
		return this.title;
	}

	/** The word of the type in a document number, e.g. 整改. */
	public String numberWord() {
		return this.numberWord;
	}

	/**
	 * The template's path on the classpath, e.g.
	 * {@code documents/rectification-advice.ftlh}.
	 */
	public String template() {
		return "documents/" + this.templateName + ".ftlh";
	}

	public ServedTo servedTo() {
		return this.servedTo;
	}

	/** Whom a document is addressed and served to. */
	public enum ServedTo {

		/** The enterprise the case concerns; its people confirm receipt (电子送达). */
		ENTERPRISE,

		/** An organ: a department, the justice bureau or the discipline commission. */
		ORGAN

	}

}
