//! `min` and `max`, as CPython's `min_max`: one iterable or several arguments, `key=`,
//! `default=`; the running best is replaced only when strictly better (`>` for max, `<`
//! for min), so the first of equal items wins.

use super::args::Sig;
use crate::ast::CmpOp;
use crate::builtins::def_fn;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers `min` and `max`.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "min", min);
    def_fn(interp, "max", max);
}

fn min(interp: &mut Interp, args: Args) -> PyResult<Value> {
    min_max(interp, args, "min", CmpOp::Lt)
}

fn max(interp: &mut Interp, args: Args) -> PyResult<Value> {
    min_max(interp, args, "max", CmpOp::Gt)
}

const MIN_KW: Sig = Sig {
    fname: "min",
    names: &["key", "default"],
    posonly: 0,
    minpos: 0,
    maxpos: 0,
};

const MAX_KW: Sig = Sig {
    fname: "max",
    ..MIN_KW
};

fn min_max(interp: &mut Interp, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let several = args.pos.len() > 1;
    if args.pos.is_empty() {
        return Err(interp.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let sig = if op == CmpOp::Lt { &MIN_KW } else { &MAX_KW };
    let kw = sig.bind(
        interp,
        &Args {
            pos: &[],
            kw: args.kw,
        },
    )?;
    let (key, default) = (kw[0].clone(), kw[1].clone());
    if several && default.is_some() {
        return Err(interp.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = key.filter(|k| !matches!(k, Value::None));
    let source = if several {
        Value::tuple(args.pos.to_vec())
    } else {
        args.pos[0].clone()
    };
    let it = interp.iter(&source)?;
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = interp.next(&it)? {
        let val = match &key {
            Some(k) => interp.call(k, Args::positional(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_val)) => {
                let r = interp.compare(op, &val, best_val)?;
                interp.truthy(&r)?
            }
        };
        if better {
            best = Some((item, val));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(interp.value_error(format!("{name}() arg is an empty sequence"))),
    }
}
