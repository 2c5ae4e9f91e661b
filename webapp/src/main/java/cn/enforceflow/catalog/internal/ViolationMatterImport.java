package cn.enforceflow.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.catalog.ViolationMatter;
import cn.enforceflow.imports.ImportColumn;
import cn.enforceflow.imports.ImportPlan;
import cn.enforceflow.imports.ImportRow;
import cn.enforceflow.imports.ImportTarget;
import cn.enforceflow.imports.RowErrors;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.Texts;
import org.springframework.stereotype.Component;

/**
 * The violation catalog as a spreadsheet: the Chinese headers exports write, the
 * English/code headers of the reference sample accepted too. A department is its code or
 * its Chinese name; a list its code or its Chinese name, or empty; 安全底线 是/否 or
 * true/false.
 */
@Component
class ViolationMatterImport implements ImportTarget<ViolationMatter> {

	static final String CODE = "code";

	static final String DEPARTMENT = "department";

	static final String NAME = "name";

	static final String LEGAL_BASIS = "legal_basis";

	static final String PENALTY_BASIS = "penalty_basis";

	static final String LIST = "list";

	static final String LOOK_BACK = "lookback_months";

	static final String LIMITATION = "limitation_months";

	static final String CONDITIONS = "exemption_conditions";

	static final String SAFETY = "safety_bottom_line";

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required(CODE, "编码", "code"),
			ImportColumn.required(DEPARTMENT, "部门", "department", "department_code"),
			ImportColumn.required(NAME, "违法事项", "name"), ImportColumn.required(LEGAL_BASIS, "法律依据", "legal_basis"),
			ImportColumn.optional(PENALTY_BASIS, "处罚依据", "penalty_basis"), ImportColumn.optional(LIST, "清单", "list"),
			ImportColumn.optional(LOOK_BACK, "追溯期限（月）", "lookback_months", "look_back_months", "追溯期限(月)"),
			ImportColumn.optional(LIMITATION, "追责时效（月）", "limitation_months", "追责时效(月)"),
			ImportColumn.optional(CONDITIONS, "免罚条件", "exemption_conditions"),
			ImportColumn.optional(SAFETY, "安全底线", "safety_bottom_line"));

	/** How a list is written in a file and in an export. */
	static final Map<DiscretionList, String> LIST_NAMES = Map.of(DiscretionList.NO_PENALTY, "不予处罚",
			DiscretionList.MITIGATED, "减轻", DiscretionList.LIGHTER, "从轻", DiscretionList.HEAVIER, "从重");

	private final Organizations organizations;

	private final ViolationMatters matters;

	ViolationMatterImport(Organizations organizations, ViolationMatters matters) {
		this.organizations = organizations;
		this.matters = matters;
	}

	@Override
	public String name() {
		return "violation-matters";
	}

	@Override
	public String exportName() {
		return "违法事项目录";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String keyColumn() {
		return CODE;
	}

	@Override
	public ViolationMatter parse(ImportRow row, RowErrors errors) {
		String code = row.get(CODE);
		if (code.isEmpty()) {
			errors.reject(CODE, "catalog.import.required");
		}
		else if (Texts.length(code) > ViolationMatter.MAX_CODE) {
			errors.reject(CODE, "catalog.import.tooLong", ViolationMatter.MAX_CODE, Texts.length(code));
		}
		else if (!code.matches(ViolationMatter.CODE_PATTERN)) {
			errors.reject(CODE, "catalog.import.codeFormat", code);
		}
		Department department = department(row.get(DEPARTMENT), errors);
		String name = text(row, NAME, ViolationMatter.MAX_NAME, true, errors);
		String legalBasis = text(row, LEGAL_BASIS, ViolationMatter.MAX_BASIS, true, errors);
		String penaltyBasis = text(row, PENALTY_BASIS, ViolationMatter.MAX_BASIS, false, errors);
		Optional<DiscretionList> list = list(row.get(LIST), errors);
		Integer lookBack = months(row, LOOK_BACK, ViolationMatter.DEFAULT_LOOK_BACK_MONTHS, errors);
		Integer limitation = months(row, LIMITATION, ViolationMatter.DEFAULT_LIMITATION_MONTHS, errors);
		String conditions = text(row, CONDITIONS, ViolationMatter.MAX_CONDITIONS, false, errors);
		Boolean safety = bool(row.get(SAFETY), errors);
		if (!errors.isEmpty()) {
			return null;
		}
		return new ViolationMatter(code, department.code(), name, legalBasis, penaltyBasis, list, lookBack, limitation,
				conditions, safety);
	}

	private Department department(String text, RowErrors errors) {
		if (text.isEmpty()) {
			errors.reject(DEPARTMENT, "catalog.import.required");
			return null;
		}
		Optional<Department> found = this.organizations.departments(DepartmentKind.ENFORCEMENT)
			.stream()
			.filter((d) -> d.code().value().equalsIgnoreCase(text) || d.name().equals(text))
			.findFirst();
		if (found.isEmpty()) {
			errors.reject(DEPARTMENT, "catalog.import.unknownDepartment", text);
			return null;
		}
		return found.get();
	}

	private static Optional<DiscretionList> list(String text, RowErrors errors) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		for (DiscretionList list : DiscretionList.values()) {
			if (list.name().equalsIgnoreCase(text) || LIST_NAMES.get(list).equals(text)
					|| (LIST_NAMES.get(list) + "处罚").equals(text)) {
				return Optional.of(list);
			}
		}
		errors.reject(LIST, "catalog.import.unknownList", text);
		return Optional.empty();
	}

	private static Integer months(ImportRow row, String column, int fallback, RowErrors errors) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return fallback;
		}
		if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < ViolationMatter.MIN_MONTHS
				|| Integer.parseInt(text) > ViolationMatter.MAX_MONTHS) {
			errors.reject(column, "catalog.import.months", text, ViolationMatter.MIN_MONTHS,
					ViolationMatter.MAX_MONTHS);
			return fallback;
		}
		return Integer.parseInt(text);
	}

	private static Boolean bool(String text, RowErrors errors) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "", "否", "false" -> false;
			case "是", "true" -> true;
			default -> {
				errors.reject(SAFETY, "catalog.import.yesNo", text);
				yield false;
			}
		};
	}

	private static String text(ImportRow row, String column, int max, boolean required, RowErrors errors) {
		String text = row.get(column);
		if (text.isEmpty()) {
			if (required) {
				errors.reject(column, "catalog.import.required");
			}
			return null;
		}
		if (Texts.length(text) > max) {
			errors.reject(column, "catalog.import.tooLong", max, Texts.length(text));
		}
		return text;
	}

	@Override
	public String keyOf(ViolationMatter item) {
		return item.code();
	}

	@Override
	public String labelOf(ViolationMatter item) {
		return item.name();
	}

	@Override
	public ImportPlan<ViolationMatter> plan(List<ViolationMatter> items) {
		Map<String, ViolationMatter> stored = this.matters.findAll()
			.stream()
			.map(ViolationMatterEntity::toMatter)
			.collect(Collectors.toMap(ViolationMatter::code, Function.identity()));
		List<ViolationMatter> toAdd = new ArrayList<>();
		List<ViolationMatter> toChange = new ArrayList<>();
		for (ViolationMatter item : items) {
			ViolationMatter before = stored.get(item.code());
			if (before == null) {
				toAdd.add(item);
			}
			else if (!before.equals(item)) {
				toChange.add(item);
			}
		}
		return new ImportPlan<>(toAdd, toChange);
	}

	@Override
	public void apply(ImportPlan<ViolationMatter> plan) {
		Map<String, ViolationMatterEntity> changed = this.matters
			.findByCodeIn(plan.toChange().stream().map(ViolationMatter::code).toList())
			.stream()
			.collect(Collectors.toMap(ViolationMatterEntity::code, Function.identity()));
		plan.toChange().forEach((matter) -> changed.get(matter.code()).update(matter));
		this.matters.saveAll(plan.toAdd().stream().map(ViolationMatterEntity::of).toList());
	}

	@Override
	public List<List<String>> exportRows() {
		Map<String, String> names = this.organizations.departments(DepartmentKind.ENFORCEMENT)
			.stream()
			.collect(Collectors.toMap((d) -> d.code().value(), Department::name));
		return this.matters.search(null, null)
			.stream()
			.map(ViolationMatterEntity::toMatter)
			.map((m) -> List.of(m.code(), names.getOrDefault(m.department().value(), m.department().value()), m.name(),
					m.legalBasis(), orEmpty(m.penaltyBasis()), m.list().map(LIST_NAMES::get).orElse(""),
					String.valueOf(m.lookBackMonths()), String.valueOf(m.limitationMonths()),
					orEmpty(m.exemptionConditions()), m.safetyBottomLine() ? "是" : "否"))
			.toList();
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
