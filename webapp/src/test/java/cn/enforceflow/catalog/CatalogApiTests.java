package cn.enforceflow.catalog;

import java.net.http.HttpResponse;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@FullApplication
class CatalogApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Test
	void listsTheEnforcementDepartments() throws Exception {
		JsonNode departments = this.json
			.readTree(new SignedInClient(this.port).api("/api/departments", "enterprise1", "demo").body());

		assertThat(departments.findValuesAsText("code")).contains("YJJ", "SJJ", "HBJ").doesNotContain("SFJ", "JWJ");
	}

	@Test
	void eachDemoDepartmentPublishedAtLeastEightItemsWithLegalBasis() throws Exception {
		for (String code : new String[] { "YJJ", "SJJ", "HBJ" }) {
			HttpResponse<String> response = new SignedInClient(this.port)
				.api("/api/departments/" + code + "/inspection-items", "enterprise1", "demo");
			JsonNode items = this.json.readTree(response.body());
			assertThat(items.size()).as(code).isGreaterThanOrEqualTo(8);
			items.forEach((item) -> {
				assertThat(item.get("code").asText()).startsWith(code + "-");
				assertThat(item.get("legalBasis").asText()).contains("《");
			});
		}
	}

	@Test
	void unknownDepartmentIsAChineseProblem() throws Exception {
		HttpResponse<String> response = new SignedInClient(this.port).api("/api/departments/NOPE/inspection-items",
				"enterprise1", "demo");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(response.body()).get("detail").asText()).isEqualTo("部门“NOPE”不存在。");
	}

	@Test
	void publishedListsArePublicWithoutSignIn() {
		HttpResponse<String> page = new SignedInClient(this.port).get("/public/inspection-items");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("检查事项清单公示", "应急管理局", "市场监督管理局", "生态环境局", "《中华人民共和国安全生产法》");
	}

}
