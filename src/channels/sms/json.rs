//! Reading the few fields a gateway's JSON webhook carries. The reasons given for a refusal
//! name the field but never echo its value: values are phone numbers and message texts, and
//! refusals are logged.

use serde_json::Value;

use super::gateway::WebhookError;

/// The request body as a JSON object.
pub fn object(body: &[u8]) -> Result<Value, WebhookError> {
    match serde_json::from_slice::<Value>(body) {
        Ok(value) if value.is_object() => Ok(value),
        Ok(_) => Err(WebhookError::Malformed("body is not a JSON object".into())),
        Err(_) => Err(WebhookError::Malformed("body is not JSON".into())),
    }
}

/// A nested object, e.g. an event's `payload`.
pub fn nested<'a>(value: &'a Value, name: &str) -> Result<&'a Value, WebhookError> {
    match value.get(name) {
        Some(inner) if inner.is_object() => Ok(inner),
        Some(_) => Err(WebhookError::Malformed(format!("field {name} is not an object"))),
        None => Err(WebhookError::Malformed(format!("missing field {name}"))),
    }
}

/// A text field.
pub fn text<'a>(value: &'a Value, name: &str) -> Result<&'a str, WebhookError> {
    match value.get(name) {
        Some(Value::String(s)) => Ok(s),
        Some(Value::Null) | None => Err(WebhookError::Malformed(format!("missing field {name}"))),
        Some(_) => Err(WebhookError::Malformed(format!("field {name} is not text"))),
    }
}

/// A text field that may be absent or null.
pub fn optional_text<'a>(value: &'a Value, name: &str) -> Result<Option<&'a str>, WebhookError> {
    match value.get(name) {
        Some(Value::Null) | None => Ok(None),
        Some(_) => text(value, name).map(Some),
    }
}

/// An identifier or a number that gateways send as a JSON number or as text (GatewayAPI's
/// ids and MSISDNs are numbers in its examples and strings in its field tables).
pub fn digits(value: &Value, name: &str) -> Result<String, WebhookError> {
    match value.get(name) {
        Some(Value::Number(n)) if n.is_u64() => Ok(n.to_string()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Null) | None => Err(WebhookError::Malformed(format!("missing field {name}"))),
        Some(_) => Err(WebhookError::Malformed(format!("field {name} is not a number"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(e: WebhookError) -> String {
        e.to_string()
    }

    #[test]
    fn reasons_name_the_field_and_never_the_value() {
        let v = object(br#"{"msisdn": "+4520123456 oops", "n": 4520123456, "p": 1.5, "x": null}"#).unwrap();
        assert_eq!(digits(&v, "n").unwrap(), "4520123456");
        assert_eq!(reason(digits(&v, "p").unwrap_err()), "field p is not a number");
        assert_eq!(reason(text(&v, "n").unwrap_err()), "field n is not text");
        assert_eq!(reason(text(&v, "x").unwrap_err()), "missing field x");
        assert_eq!(optional_text(&v, "x").unwrap(), None);
        assert_eq!(reason(nested(&v, "msisdn").unwrap_err()), "field msisdn is not an object");
        assert_eq!(reason(object(b"[1]").unwrap_err()), "body is not a JSON object");
        assert_eq!(reason(object(b"{\"id\": ").unwrap_err()), "body is not JSON");
    }
}
