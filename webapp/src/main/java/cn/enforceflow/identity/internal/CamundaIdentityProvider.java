package cn.enforceflow.identity.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.Role;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.query.QueryProperty;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's users and groups, read from the user accounts: a user is an account, the
 * groups are those {@link CandidateGroups} gives its roles, and there are no tenants.
 * Read-only like Camunda's LDAP and Keycloak plugins; queries filter in memory, which
 * suits the embedded default and small sites. It holds no state, so one instance serves
 * as every command's session.
 */
@Component
class CamundaIdentityProvider implements ReadOnlyIdentityProvider {

	private static final String GROUP_TYPE_ENTERPRISE = "ENTERPRISE";

	private static final String CAMUNDA_ADMIN_NAME = "Camunda 管理员";

	private static final Map<QueryProperty, Function<User, String>> USER_ORDER = Map.of(UserQueryProperty.USER_ID,
			User::getId, UserQueryProperty.FIRST_NAME, User::getFirstName, UserQueryProperty.LAST_NAME,
			User::getLastName, UserQueryProperty.EMAIL, User::getEmail);

	private static final Map<QueryProperty, Function<Group, String>> GROUP_ORDER = Map.of(GroupQueryProperty.GROUP_ID,
			Group::getId, GroupQueryProperty.NAME, Group::getName, GroupQueryProperty.TYPE, Group::getType);

	private final UserAccounts accounts;

	private final Organizations organizations;

	private final PasswordEncoder passwordEncoder;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	CamundaIdentityProvider(UserAccounts accounts, Organizations organizations, PasswordEncoder passwordEncoder,
			MessageSource messages, PlatformTransactionManager transactionManager) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.passwordEncoder = passwordEncoder;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.readOnly.setReadOnly(true);
	}

	// users

	@Override
	public User findUserById(String userId) {
		return createUserQuery(Context.getCommandContext()).userId(userId).singleResult();
	}

	@Override
	public UserQuery createUserQuery() {
		return new CamundaUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public UserQuery createUserQuery(CommandContext commandContext) {
		return new CamundaUserQuery();
	}

	@Override
	public NativeUserQuery createNativeUserQuery() {
		throw new BadUserRequestException(
				"Native user queries are not supported: users are not in the engine's tables");
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		if (userId == null || password == null || password.isEmpty()) {
			return false;
		}
		Optional<String> hash = this.readOnly.execute((status) -> this.accounts.findByUsername(userId)
			.filter(UserAccountEntity::enabled)
			.map(UserAccountEntity::passwordHash));
		return hash.map((stored) -> this.passwordEncoder.matches(password, stored)).orElse(false);
	}

	/** The users the query finds, in its order, all pages. */
	List<User> findUsers(CamundaUserQuery query, CommandContext commandContext) {
		if (query.getTenantId() != null) {
			return List.of();
		}
		return members(query.getId()).stream()
			.filter((member) -> query.getGroupId() == null || member.groups().containsKey(query.getGroupId()))
			.map(Member::toUser)
			.filter((user) -> matches(query, user))
			.filter((user) -> user.getId().equals(commandContext.getAuthenticatedUserId())
					|| readable(commandContext, Resources.USER, user.getId()))
			.sorted(order(query.getOrderingProperties(), USER_ORDER, User::getId))
			.toList();
	}

	private static boolean matches(CamundaUserQuery query, User user) {
		return matches(query.getId(), user.getId()) && matchesAny(query.getIds(), user.getId())
				&& matches(query.getFirstName(), user.getFirstName())
				&& matchesLike(query.getFirstNameLike(), user.getFirstName())
				&& matches(query.getLastName(), user.getLastName())
				&& matchesLike(query.getLastNameLike(), user.getLastName())
				&& matches(query.getEmail(), user.getEmail()) && matchesLike(query.getEmailLike(), user.getEmail());
	}

	// groups

	@Override
	public Group findGroupById(String groupId) {
		return createGroupQuery(Context.getCommandContext()).groupId(groupId).singleResult();
	}

	@Override
	public GroupQuery createGroupQuery() {
		return new CamundaGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public GroupQuery createGroupQuery(CommandContext commandContext) {
		return new CamundaGroupQuery();
	}

	/** The groups the query finds, in its order, all pages. */
	List<Group> findGroups(CamundaGroupQuery query, CommandContext commandContext) {
		if (query.getTenantId() != null) {
			return List.of();
		}
		List<Group> groups = this.readOnly.execute((status) -> {
			GroupNames names = new GroupNames();
			return groupsOf(members(query.getUserId())).values()
				.stream()
				.filter((group) -> matches(query.getId(), group.id()) && matchesAny(query.getIds(), group.id())
						&& matches(query.getType(), group.type()))
				.map((group) -> group.toGroup(names))
				.filter((group) -> matches(query.getName(), group.getName())
						&& matchesLike(query.getNameLike(), group.getName()))
				.toList();
		});
		List<String> ownGroups = Objects.requireNonNullElse(commandContext.getAuthenticatedGroupIds(), List.of());
		return groups.stream()
			.filter((group) -> ownGroups.contains(group.getId())
					|| readable(commandContext, Resources.GROUP, group.getId()))
			.sorted(order(query.getOrderingProperties(), GROUP_ORDER, Group::getId))
			.toList();
	}

	// tenants: none

	@Override
	public Tenant findTenantById(String tenantId) {
		return null;
	}

	@Override
	public TenantQuery createTenantQuery() {
		return new CamundaTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public TenantQuery createTenantQuery(CommandContext commandContext) {
		return new CamundaTenantQuery();
	}

	// session

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	// reading the accounts

	/** One account, or all of them when no username is given. */
	private List<Member> members(String username) {
		return this.readOnly.execute((status) -> {
			List<UserAccountEntity> found = (username != null)
					? this.accounts.findByUsername(username).stream().toList()
					: this.accounts.findAllByOrderByUsername();
			return found.stream().map(Member::of).toList();
		});
	}

	/** The groups the members belong to, by id. */
	private static Map<String, DerivedGroup> groupsOf(List<Member> members) {
		Map<String, DerivedGroup> groups = new LinkedHashMap<>();
		for (Member member : members) {
			member.groups()
				.forEach((groupId, role) -> groups.putIfAbsent(groupId, new DerivedGroup(groupId, role, member)));
		}
		return groups;
	}

	private static boolean readable(CommandContext commandContext, Resource resource, String resourceId) {
		return !commandContext.isAuthorizationCheckEnabled()
				|| commandContext.getAuthorizationManager().isAuthorized(Permissions.READ, resource, resourceId);
	}

	private static boolean matches(String expected, String actual) {
		return expected == null || expected.equals(actual);
	}

	private static boolean matchesAny(String[] expected, String actual) {
		return expected == null || Arrays.asList(expected).contains(actual);
	}

	/** SQL {@code LIKE} with {@code %} and {@code _}, ignoring case. */
	private static boolean matchesLike(String pattern, String actual) {
		if (pattern == null) {
			return true;
		}
		if (actual == null) {
			return false;
		}
		StringBuilder regex = new StringBuilder();
		for (char c : pattern.toCharArray()) {
			switch (c) {
				case '%' -> regex.append(".*");
				case '_' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
			.matcher(actual)
			.matches();
	}

	private static <T> Comparator<T> order(List<QueryOrderingProperty> ordering,
			Map<QueryProperty, Function<T, String>> properties, Function<T, String> byDefault) {
		Comparator<T> comparator = null;
		for (QueryOrderingProperty property : ordering) {
			Function<T, String> key = properties.get(property.getQueryProperty());
			if (key == null) {
				continue;
			}
			Comparator<T> next = Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
			if (property.getDirection() == Direction.DESCENDING) {
				next = next.reversed();
			}
			comparator = (comparator != null) ? comparator.thenComparing(next) : next;
		}
		return (comparator != null) ? comparator : Comparator.comparing(byDefault);
	}

	private String roleName(Role role) {
		return this.messages.getMessage("role." + role.name(), null, role.name(), Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * An account as the engine sees it, with its groups and the role that gives each.
	 */
	private record Member(String id, String name, Optional<DepartmentCode> department, Optional<CreditCode> enterprise,
			Map<String, Role> groups) {

		static Member of(UserAccountEntity account) {
			Optional<DepartmentCode> department = account.departmentCode().map(DepartmentCode::of);
			Optional<CreditCode> enterprise = account.enterpriseCreditCode().map(CreditCode::new);
			Map<String, Role> groups = new LinkedHashMap<>();
			account.roles()
				.stream()
				.sorted()
				.forEach((role) -> CandidateGroups.of(role, department, enterprise)
					.forEach((group) -> groups.put(group, role)));
			return new Member(account.username(), account.displayName(), department, enterprise, groups);
		}

		User toUser() {
			UserEntity user = new UserEntity(this.id);
			// Chinese names are one string
			user.setFirstName(this.name);
			user.setLastName("");
			return user;
		}

	}

	/**
	 * A group with the role and one member that give it, from which it takes its name.
	 */
	private record DerivedGroup(String id, Role role, Member example) {

		String type() {
			return switch (this.role) {
				case ADMIN -> Groups.GROUP_TYPE_SYSTEM;
				case ENTERPRISE -> GROUP_TYPE_ENTERPRISE;
				default -> Groups.GROUP_TYPE_WORKFLOW;
			};
		}

		Group toGroup(GroupNames names) {
			GroupEntity group = new GroupEntity(this.id);
			group.setName(names.of(this));
			group.setType(type());
			return group;
		}

	}

	/**
	 * Names groups for display, looking departments up once and each enterprise once.
	 */
	private final class GroupNames {

		private Map<DepartmentCode, String> departments;

		private final Map<CreditCode, String> enterprises = new HashMap<>();

		String of(DerivedGroup group) {
			return switch (group.role()) {
				case ADMIN -> CAMUNDA_ADMIN_NAME;
				case ENTERPRISE -> enterprise(group.example().enterprise().orElseThrow());
				default -> department(group.example().department().orElseThrow()) + " " + roleName(group.role());
			};
		}

		private String department(DepartmentCode code) {
			if (this.departments == null) {
				this.departments = new HashMap<>();
				for (Department department : CamundaIdentityProvider.this.organizations.departments()) {
					this.departments.put(department.code(), department.name());
				}
			}
			return this.departments.getOrDefault(code, code.value());
		}

		private String enterprise(CreditCode code) {
			return this.enterprises.computeIfAbsent(code,
					(key) -> CamundaIdentityProvider.this.organizations.enterprise(key)
						.map(Enterprise::name)
						.orElse(key.value()));
		}

	}

}
