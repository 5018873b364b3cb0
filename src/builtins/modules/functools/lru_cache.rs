//! `functools.lru_cache` and `functools.cache`: the C implementation's behaviour (its key
//! construction, hit/miss counting before the call, eviction of the least recently used
//! entry), so that `cache_info()` after a recursive function matches CPython's numbers.
//!
//! A wrapper's state is the tuple `(func, cache, stats, maxsize, typed, kwd_mark)`:
//! `cache` is a dict kept in recency order (a hit moves its key to the end; the first key
//! is evicted), `stats` the list `[hits, misses]`.

use std::rc::Rc;

use super::{wraps, MODULE};
use crate::builtins::modules::native;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{BoundMethod, Class, Dict, PyBool, Value};

/// The class of the wrappers (`functools._lru_cache_wrapper`).
pub fn wrapper_class(interp: &Interp) -> Rc<Class> {
    native::class(
        interp,
        "_lru_cache_wrapper",
        MODULE,
        &[
            ("__call__", call),
            ("__get__", get),
            ("cache_info", cache_info),
            ("cache_clear", cache_clear),
            ("cache_parameters", cache_parameters),
        ],
    )
}

/// `lru_cache(maxsize=128, typed=False)`.
const LRU_CACHE: PySig = PySig {
    fname: "lru_cache",
    positional: &["maxsize", "typed"],
    required: 0,
    kwonly: &[],
};

/// `lru_cache(maxsize=128, typed=False)`, or `@lru_cache` straight on a function.
pub fn lru_cache(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let bound = LRU_CACHE.bind(interp, &args)?;
    let maxsize = bound[0].clone().unwrap_or(Value::Int(128));
    let typed = bound[1].clone().unwrap_or(Value::Bool(PyBool::False));
    match &maxsize {
        Value::Int(n) if *n < 0 => decorator(interp, Value::Int(0), typed),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::None => {
            decorator(interp, maxsize, typed)
        }
        f if interp.is_callable(f) && matches!(typed, Value::Bool(_)) => {
            make_wrapper(interp, f, Value::Int(128), typed)
        }
        _ => {
            Err(interp.type_error("Expected first argument to be an integer, a callable, or None"))
        }
    }
}

/// `cache(user_function)`: an unbounded `lru_cache`.
pub fn cache(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const CACHE: PySig = PySig {
        fname: "cache",
        positional: &["user_function"],
        required: 1,
        kwonly: &[],
    };
    let bound = CACHE.bind(interp, &args)?;
    let func = bound[0].clone().unwrap_or_default();
    make_wrapper(interp, &func, Value::None, Value::Bool(PyBool::False))
}

/// The decorator `lru_cache(maxsize, typed)` returns: `decorating_function` bound to the
/// settings (a partial of a native, as the settings cannot be captured otherwise).
fn decorator(interp: &mut Interp, maxsize: Value, typed: Value) -> PyResult<Value> {
    let cls = native::module_class(interp, MODULE, "partial")?;
    let decorate = native::function("decorating_function", decorating_function);
    interp.call(
        &Value::Class(cls),
        Args::positional(&[decorate, maxsize, typed]),
    )
}

fn decorating_function(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [maxsize, typed, func] => make_wrapper(interp, func, maxsize.clone(), typed.clone()),
        _ => Err(interp.type_error(format!(
            "decorating_function() takes 1 positional argument but {} were given",
            args.pos.len().saturating_sub(2)
        ))),
    }
}

/// A new wrapper around `func`, with `update_wrapper` applied.
fn make_wrapper(
    interp: &mut Interp,
    func: &Value,
    maxsize: Value,
    typed: Value,
) -> PyResult<Value> {
    if !interp.is_callable(func) {
        return Err(interp.type_error("the first argument must be callable"));
    }
    let cls = native::module_class(interp, MODULE, "_lru_cache_wrapper")?;
    let kwd_mark = interp.call(
        &Value::Class(interp.types.object.clone()),
        Args::positional(&[]),
    )?;
    let state = Value::tuple(vec![
        func.clone(),
        Value::dict(Dict::new()),
        Value::list(vec![Value::Int(0), Value::Int(0)]),
        maxsize,
        typed,
        kwd_mark,
    ]);
    let wrapper = native::object(&cls, state, Vec::new());
    // CPython stores `cache_parameters` in the wrapper's `__dict__` before the
    // `update_wrapper` attributes; doing the same keeps `__dict__` in the same order.
    let method = cls.dict.borrow().get_str("cache_parameters").cloned();
    if let Some(method) = method {
        let bound = Value::BoundMethod(Rc::new(BoundMethod {
            self_: wrapper.clone(),
            func: method,
        }));
        interp.setattr(&wrapper, "cache_parameters", bound)?;
    }
    let assigned: Vec<Value> = wraps::ASSIGNMENTS.iter().map(|n| Value::str(n)).collect();
    let updated: Vec<Value> = wraps::UPDATES.iter().map(|n| Value::str(n)).collect();
    wraps::copy_wrapper(interp, &wrapper, func, &assigned, &updated)?;
    Ok(wrapper)
}

/// A wrapper's state, unpacked.
struct Cache {
    func: Value,
    cache: Value,
    stats: Value,
    maxsize: Option<i64>,
    typed: bool,
    kwd_mark: Value,
}

impl Cache {
    fn of(interp: &Interp, args: &Args, method: &str) -> PyResult<(Cache, Vec<Value>)> {
        let (this, rest) = native::receiver(interp, args, MODULE, "_lru_cache_wrapper", method)?;
        let state = native::state(&this);
        let Some(Value::Tuple(t)) = state else {
            return Err(interp.type_error("lru_cache wrapper is not initialised"));
        };
        let maxsize = match &t[3] {
            Value::None => None,
            Value::Int(n) => Some(*n),
            Value::Bool(b) => Some(*b as i64),
            _ => Some(i64::MAX),
        };
        let cache = Cache {
            func: t[0].clone(),
            cache: t[1].clone(),
            stats: t[2].clone(),
            maxsize,
            typed: matches!(t[4], Value::Bool(PyBool::True)),
            kwd_mark: t[5].clone(),
        };
        Ok((cache, rest.pos.to_vec()))
    }

    /// Adds one to `hits` (0) or `misses` (1).
    fn count(&self, which: usize) {
        if let Value::List(l) = &self.stats {
            if let Some(Value::Int(n)) = l.borrow_mut().get_mut(which) {
                *n += 1;
            }
        }
    }

    fn stat(&self, which: usize) -> Value {
        match &self.stats {
            Value::List(l) => l.borrow().get(which).cloned().unwrap_or_default(),
            _ => Value::Int(0),
        }
    }

    fn dict(&self) -> Option<&Rc<std::cell::RefCell<Dict>>> {
        match &self.cache {
            Value::Dict(d) => Some(d),
            _ => None,
        }
    }

    fn len(&self) -> usize {
        self.dict().map_or(0, |d| d.borrow().len())
    }

    /// `_make_key`: one int or str argument is its own key; otherwise a tuple of the
    /// arguments, then a marker and the keyword items, then (typed) the argument types.
    fn key(&self, interp: &Interp, args: &[Value], kw: &[(Rc<str>, Value)]) -> Value {
        if !self.typed && kw.is_empty() {
            if let [one @ (Value::Int(_) | Value::BigInt(_) | Value::Str(_))] = args {
                return one.clone();
            }
            return Value::tuple(args.to_vec());
        }
        let mut key = args.to_vec();
        if !kw.is_empty() {
            key.push(self.kwd_mark.clone());
            for (k, v) in kw {
                key.push(Value::str(k));
                key.push(v.clone());
            }
        }
        if self.typed {
            let values = args.iter().chain(kw.iter().map(|(_, v)| v));
            key.extend(values.map(|v| Value::Class(interp.types.class_of(v))));
        }
        Value::tuple(key)
    }
}

/// Calling the wrapper: look the key up, count a hit or a miss, call on a miss.
fn call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, pos) = Cache::of(interp, &args, "__call__")?;
    let call_func = |interp: &mut Interp| {
        let f = c.func.clone();
        interp.call(
            &f,
            Args {
                pos: &pos,
                kw: args.kw,
            },
        )
    };
    if c.maxsize == Some(0) {
        c.count(1);
        return call_func(interp);
    }
    let key = c.key(interp, &pos, args.kw);
    let Some(d) = c.dict().cloned() else {
        return call_func(interp);
    };
    if let Some(hit) = interp.dict_lookup(&d, &key)? {
        if c.maxsize.is_some() {
            // Most recently used goes last.
            interp.dict_remove(&d, &key)?;
            interp.dict_store(&d, key, hit.clone())?;
        }
        c.count(0);
        return Ok(hit);
    }
    c.count(1);
    let result = call_func(interp)?;
    match c.maxsize {
        None => interp.dict_store(&d, key, result.clone())?,
        Some(max) => {
            // A recursive call may have cached this key meanwhile: keep that entry.
            if interp.dict_lookup(&d, &key)?.is_some() {
                return Ok(result);
            }
            if c.len() as i64 >= max {
                let oldest = d.borrow().keys().next().cloned();
                if let Some(oldest) = oldest {
                    interp.dict_remove(&d, &oldest)?;
                }
            }
            interp.dict_store(&d, key, result.clone())?;
        }
    }
    Ok(result)
}

/// `wrapper.__get__(obj, type)`: a method when looked up through an instance.
fn get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = native::receiver(interp, &args, MODULE, "_lru_cache_wrapper", "__get__")?;
    match rest.pos.first() {
        None | Some(Value::None) => Ok(this),
        Some(obj) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
            self_: obj.clone(),
            func: this,
        }))),
    }
}

/// `cache_info()`: `CacheInfo(hits=…, misses=…, maxsize=…, currsize=…)`.
fn cache_info(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, pos) = Cache::of(interp, &args, "cache_info")?;
    no_arguments(interp, "cache_info", &args, &pos)?;
    let maxsize = match c.maxsize {
        None => Value::None,
        Some(n) => Value::Int(n),
    };
    let fields = vec![c.stat(0), c.stat(1), maxsize, Value::Int(c.len() as i64)];
    let cls = cache_info_class(interp)?;
    interp.call(&cls, Args::positional(&fields))
}

/// `functools._CacheInfo`, made on first use as CPython makes it:
/// `namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])`.
fn cache_info_class(interp: &mut Interp) -> PyResult<Value> {
    let module = interp.import_module(MODULE)?;
    let existing = interp.getattr(&module, "_CacheInfo")?;
    if let Value::Class(_) = existing {
        return Ok(existing);
    }
    let collections = interp.import_module("collections")?;
    let namedtuple = interp.getattr(&collections, "namedtuple")?;
    let names = ["hits", "misses", "maxsize", "currsize"];
    let names = Value::list(names.iter().map(|n| Value::str(n)).collect());
    let pos = [Value::str("CacheInfo"), names];
    let kw = [(Rc::from("module"), Value::str(MODULE))];
    let cls = interp.call(&namedtuple, Args { pos: &pos, kw: &kw })?;
    interp.setattr(&module, "_CacheInfo", cls.clone())?;
    Ok(cls)
}

/// `cache_clear()`: empties the cache and resets the statistics.
fn cache_clear(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, pos) = Cache::of(interp, &args, "cache_clear")?;
    no_arguments(interp, "cache_clear", &args, &pos)?;
    if let Some(d) = c.dict() {
        d.borrow_mut().clear();
    }
    if let Value::List(l) = &c.stats {
        *l.borrow_mut() = vec![Value::Int(0), Value::Int(0)].into();
    }
    Ok(Value::None)
}

/// `cache_parameters()`: `{'maxsize': …, 'typed': …}`.
fn cache_parameters(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, pos) = Cache::of(interp, &args, "cache_parameters")?;
    no_arguments(interp, "cache_parameters", &args, &pos)?;
    let mut d = Dict::new();
    let maxsize = c.maxsize.map_or(Value::None, Value::Int);
    interp.dict_set(&mut d, Value::str("maxsize"), maxsize)?;
    interp.dict_set(&mut d, Value::str("typed"), Value::bool(c.typed))?;
    Ok(Value::dict(d))
}

fn no_arguments(interp: &Interp, name: &str, args: &Args, pos: &[Value]) -> PyResult<()> {
    if pos.is_empty() && args.kw.is_empty() {
        return Ok(());
    }
    Err(interp.type_error(format!(
        "{name}() takes 0 positional arguments but {} were given",
        pos.len() + 1
    )))
}
