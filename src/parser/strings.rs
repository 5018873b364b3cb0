//! Bootstrap string handling used until the literal decoder lands (owned by the literals work; replace freely).
use crate::ast::{Constant, Expr, ExprKind};
use crate::error::SyntaxError;
use crate::source::{Pos, Span};
pub(crate) fn concat(parts: &[(Pos, &str, Pos)]) -> Result<Expr, SyntaxError> {
    let mut s = String::new();
    for (_, p, _) in parts {
        let q = p.find(['"', '\'']).unwrap_or(0);
        let body = &p[q..];
        let n = if body.starts_with("\"\"\"") || body.starts_with("'''") { 3 } else { 1 };
        s.push_str(&body[n..body.len() - n]);
    }
    let span = Span::new(parts[0].0, parts[parts.len() - 1].2);
    Ok(Expr::new(ExprKind::Constant { value: Constant::Str(s), kind: None }, span))
}
