package cn.enforceflow.platform.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read strictly, the same way for every endpoint, so that what the API
 * accepts is exactly what it stores, on every database:
 * <ul>
 * <li>no number or boolean where a text belongs, no number where a boolean belongs, no
 * text where a number belongs, no fraction where a whole number belongs;</li>
 * <li>{@code null} is not an item of a list;</li>
 * <li>a date is an ISO date from {@value #MIN_YEAR} to {@value #MAX_YEAR};</li>
 * <li>a text is well-formed Unicode (no unpaired surrogate).</li>
 * </ul>
 * What breaks a rule is a {@link JsonMappingException} naming the field, which
 * {@link ApiExceptionHandler} answers as a 400 problem with a field-level error.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2199;

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictRequests() {
		return (builder) -> builder.featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.featuresToEnable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.postConfigurer(StrictJson::configure);
	}

	static void configure(ObjectMapper mapper) {
		mapper.coercionConfigFor(LogicalType.Textual)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		mapper.coercionConfigFor(LogicalType.Boolean)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
		mapper.coercionConfigFor(LogicalType.Integer)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		mapper.coercionConfigFor(LogicalType.Float)
			.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		JsonSetter.Value noNullItems = JsonSetter.Value.forContentNulls(Nulls.FAIL);
		mapper.configOverride(List.class).setSetterInfo(noNullItems);
		mapper.configOverride(Collection.class).setSetterInfo(noNullItems);
		mapper.configOverride(java.util.Set.class).setSetterInfo(noNullItems);
		mapper.configOverride(Map.class).setSetterInfo(noNullItems);
		SimpleModule strict = new SimpleModule("strict-requests");
		strict.addDeserializer(String.class, new WellFormedText());
		strict.addDeserializer(LocalDate.class, new BoundedDate());
		mapper.registerModule(strict);
	}

	/** A text that is well-formed Unicode: an unpaired surrogate is refused. */
	static final class WellFormedText extends StdScalarDeserializer<String> {

		WellFormedText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && !wellFormed(text)) {
				throw InvalidFormatException.from(parser, "a text with an unpaired surrogate", text, String.class);
			}
			return text;
		}

		static boolean wellFormed(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isHighSurrogate(c)) {
					if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
						return false;
					}
					i++;
				}
				else if (Character.isLowSurrogate(c)) {
					return false;
				}
			}
			return true;
		}

	}

	/** An ISO date within the years any case can concern. */
	static final class BoundedDate extends StdScalarDeserializer<LocalDate> {

		BoundedDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
			if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
				throw InvalidFormatException.from(parser, "a date out of range", parser.getText(), LocalDate.class);
			}
			return date;
		}

	}

}
