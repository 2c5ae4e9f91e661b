package cn.enforceflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.catalog.InspectionItem;
import cn.enforceflow.catalog.InspectionItemList;
import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.catalog.ViolationCatalogAdministration;
import cn.enforceflow.catalog.ViolationMatter;
import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.NewUser;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.Users;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.Csv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Seeds the demo departments, enterprises, published inspection-item lists, violation
 * matters and users from the CSV files under {@code demo/}. Each record is created only
 * when it is missing, so restarting (or a second node starting at the same moment) never
 * duplicates or overwrites anything.
 */
@Component
@ConditionalOnProperty(name = "enforceflow.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataSeeder implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	/**
	 * A certificate's last day as written in users.csv: {@code +2y}, {@code +200d},
	 * {@code +6m}.
	 */
	private static final Pattern RELATIVE = Pattern.compile("\\+(\\d{1,4})([dmy])");

	private final Organizations organizations;

	private final InspectionCatalog catalog;

	private final ViolationCatalogAdministration violations;

	private final Users users;

	private final DemoProperties properties;

	private final Clock clock;

	DemoDataSeeder(Organizations organizations, InspectionCatalog catalog, ViolationCatalogAdministration violations,
			Users users, DemoProperties properties, Clock clock) {
		this.organizations = organizations;
		this.catalog = catalog;
		this.violations = violations;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			seed();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the demo data", ex);
		}
	}

	void seed() throws IOException {
		if (!StringUtils.hasText(this.properties.password())) {
			throw new IllegalStateException("enforceflow.demo.password must be set when the demo data is enabled");
		}
		int created = 0;
		for (Map<String, String> row : rows("demo/departments.csv")) {
			created += once(
					() -> this.organizations.registerDepartment(new Department(DepartmentCode.of(row.get("code")),
							row.get("name"), DepartmentKind.valueOf(row.get("kind")))));
		}
		for (Map<String, String> row : rows("demo/enterprises.csv")) {
			created += once(
					() -> this.organizations.registerEnterprise(new Enterprise(new CreditCode(row.get("credit_code")),
							row.get("name"), row.get("legal_representative"), row.get("address"), row.get("industry"),
							row.get("contact_phone"))));
		}
		for (InspectionItemList list : inspectionLists()) {
			created += once(() -> this.catalog.publishFirstList(list));
		}
		for (ViolationMatter matter : violationMatters()) {
			created += once(() -> this.violations.registerMissing(List.of(matter)) > 0);
		}
		for (Map<String, String> row : rows("demo/users.csv")) {
			created += once(() -> this.users.register(user(row)));
		}
		if (created > 0) {
			log.info("Demo data: {} records created (password of every demo user: see enforceflow.demo.password)",
					created);
		}
	}

	private List<InspectionItemList> inspectionLists() throws IOException {
		Map<String, List<InspectionItem>> items = new LinkedHashMap<>();
		for (Map<String, String> row : rows("demo/inspection-items.csv")) {
			items.computeIfAbsent(row.get("department_code"), (code) -> new ArrayList<>())
				.add(new InspectionItem(row.get("code"), row.get("name"), row.get("content"), row.get("legal_basis")));
		}
		List<InspectionItemList> lists = new ArrayList<>();
		items.forEach((code, list) -> {
			String name = this.organizations.department(DepartmentCode.of(code))
				.map(Department::name)
				.orElseThrow(() -> new IllegalStateException("demo item list for unknown department " + code));
			// in force from the start of last year, whenever the demo starts: cases of
			// the
			// past months (and tests set in them) were invited under it
			LocalDate publishedOn = today().minusYears(1).withDayOfYear(1);
			lists.add(new InspectionItemList(DepartmentCode.of(code),
					name + "行政检查事项清单（" + publishedOn.getYear() + "年版）", publishedOn, list));
		});
		return lists;
	}

	/**
	 * The demo's violation matters, in the codes an export writes (departments by code).
	 */
	private static List<ViolationMatter> violationMatters() throws IOException {
		List<ViolationMatter> matters = new ArrayList<>();
		for (Map<String, String> row : rows("demo/violation-matters.csv")) {
			matters.add(new ViolationMatter(row.get("code"), DepartmentCode.of(row.get("department")), row.get("name"),
					row.get("legal_basis"), optional(row.get("penalty_basis")).orElse(null),
					optional(row.get("list")).map(DiscretionList::valueOf),
					Integer.parseInt(row.get("lookback_months")), Integer.parseInt(row.get("limitation_months")),
					optional(row.get("exemption_conditions")).orElse(null),
					Boolean.parseBoolean(row.get("safety_bottom_line"))));
		}
		return matters;
	}

	private NewUser user(Map<String, String> row) {
		Set<Role> roles = Arrays.stream(row.get("roles").split(";"))
			.map(String::strip)
			.map(Role::valueOf)
			.collect(Collectors.toSet());
		Optional<EnforcementCertificate> certificate = StringUtils.hasText(row.get("certificate_number"))
				? Optional.of(new EnforcementCertificate(row.get("certificate_number"),
						validUntil(row.get("certificate_valid_until"))))
				: Optional.empty();
		return new NewUser(row.get("username"), row.get("display_name"), this.properties.password(), roles,
				optional(row.get("department_code")).map(DepartmentCode::of),
				optional(row.get("enterprise_credit_code")).map(CreditCode::new), certificate,
				optional(row.get("email")));
	}

	/**
	 * The demo's certificates stay valid whenever it starts: their last day is written
	 * relative to today.
	 */
	private LocalDate validUntil(String written) {
		Matcher relative = RELATIVE.matcher(written.strip());
		if (!relative.matches()) {
			throw new IllegalStateException("demo/users.csv: a certificate is valid until +<n>d, +<n>m or +<n>y from"
					+ " today, not " + written);
		}
		int n = Integer.parseInt(relative.group(1));
		return switch (relative.group(2)) {
			case "d" -> today().plusDays(n);
			case "m" -> today().plusMonths(n);
			default -> today().plusYears(n);
		};
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	private static Optional<String> optional(String value) {
		return StringUtils.hasText(value) ? Optional.of(value.strip()) : Optional.empty();
	}

	/** Runs one registration; another node that got there first is not an error. */
	private static int once(Registration registration) {
		try {
			return registration.register() ? 1 : 0;
		}
		catch (DataIntegrityViolationException ex) {
			log.debug("Demo record created concurrently by another node", ex);
			return 0;
		}
	}

	private static List<Map<String, String>> rows(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return Csv.read(in);
		}
	}

	@FunctionalInterface
	private interface Registration {

		boolean register();

	}

}
