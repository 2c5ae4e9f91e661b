package cn.enforceflow.invitation;

import java.time.LocalDate;
import java.util.List;

/**
 * What an enterprise submits (企业邀约): the department, the items of its published list to
 * inspect, the window of dates it prefers, the site and a contact. Checked by the
 * service; any field may be missing or wrong as typed.
 */
public record NewInvitation(String departmentCode, List<String> itemCodes, LocalDate windowStart, LocalDate windowEnd,
		String siteAddress, String contactName, String contactPhone, String description) {

	public NewInvitation {
		itemCodes = (itemCodes != null) ? List.copyOf(itemCodes) : List.of();
	}

}
