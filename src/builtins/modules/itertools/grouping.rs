//! `groupby` and its `_grouper` sub-iterators, following the C state machine: the groupby
//! object and its current grouper share one state; advancing the groupby invalidates the
//! previous grouper, and a grouper stops at the first item whose key differs.

use std::cell::RefCell;
use std::rc::Rc;

use super::{class, ctor_args, make, same, ClassSpec};
use crate::builtins::functions::args::Sig;
use crate::builtins::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::NativeIter;
use crate::value::Value;

/// The classes this file defines: name, `__new__`, other methods.
pub const CLASSES: [ClassSpec; 2] = [
    ("groupby", groupby_new, &[]),
    ("_grouper", grouper_new, &[]),
];

/// What a groupby and its groupers share. Values are `None` where CPython's are NULL.
struct Shared {
    it: Value,
    key: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// The id of the only grouper that may still yield.
    currgrouper: Option<u64>,
    next_grouper: u64,
}

type SharedRef = Rc<RefCell<Shared>>;

/// `groupby_step`: reads the next item and its key; `false` at the end of the source.
fn step(interp: &mut Interp, shared: &SharedRef) -> PyResult<bool> {
    let (it, key) = {
        let s = shared.borrow();
        (s.it.clone(), s.key.clone())
    };
    let Some(value) = interp.next(&it)? else {
        return Ok(false);
    };
    let newkey = if matches!(key, Value::None) {
        value.clone()
    } else {
        interp.call(&key, Args::positional(std::slice::from_ref(&value)))?
    };
    let mut s = shared.borrow_mut();
    s.currvalue = Some(value);
    s.currkey = Some(newkey);
    Ok(true)
}

/// `groupby(iterable, key=None)`.
#[derive(Clone)]
struct GroupBy {
    shared: SharedRef,
}

impl NativeIter for GroupBy {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        self.shared.borrow_mut().currgrouper = None;
        // Skip what is left of the current group.
        loop {
            let (tgt, curr) = {
                let s = self.shared.borrow();
                (s.tgtkey.clone(), s.currkey.clone())
            };
            match (tgt, curr) {
                (None, Some(_)) => break,
                (Some(t), Some(c)) if !same(interp, &t, &c)? => break,
                _ => {}
            }
            if !step(interp, &self.shared)? {
                return Ok(None);
            }
        }
        let (key, id) = {
            let mut s = self.shared.borrow_mut();
            s.tgtkey = s.currkey.clone();
            s.next_grouper += 1;
            s.currgrouper = Some(s.next_grouper);
            (s.currkey.clone().unwrap_or_default(), s.next_grouper)
        };
        let grouper = Grouper {
            shared: self.shared.clone(),
            tgtkey: key.clone(),
            id,
        };
        let cls = class(interp, "_grouper")?;
        Ok(Some(Value::tuple(vec![
            key,
            native::iterator(&cls, grouper),
        ])))
    }
}

fn groupby_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        fname: "groupby",
        names: &["iterable", "key"],
        posonly: 0,
        minpos: 1,
        maxpos: 2,
    };
    let bound = SIG.bind(interp, &ctor_args(&args))?;
    let it = interp.iter(&bound[0].clone().unwrap_or_default())?;
    let shared = Shared {
        it,
        key: bound[1].clone().unwrap_or_default(),
        tgtkey: None,
        currkey: None,
        currvalue: None,
        currgrouper: None,
        next_grouper: 0,
    };
    let state = GroupBy {
        shared: Rc::new(RefCell::new(shared)),
    };
    Ok(make(&args, state))
}

/// One group: the items from the shared source while their key equals `tgtkey`.
#[derive(Clone)]
struct Grouper {
    shared: SharedRef,
    tgtkey: Value,
    id: u64,
}

impl NativeIter for Grouper {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let (current, has_value) = {
            let s = self.shared.borrow();
            (s.currgrouper == Some(self.id), s.currvalue.is_some())
        };
        if !current {
            return Ok(None);
        }
        if !has_value && !step(interp, &self.shared)? {
            return Ok(None);
        }
        let currkey = self.shared.borrow().currkey.clone().unwrap_or_default();
        if !same(interp, &self.tgtkey, &currkey)? {
            return Ok(None);
        }
        let mut s = self.shared.borrow_mut();
        s.currkey = None;
        Ok(s.currvalue.take())
    }
}

/// `_grouper` objects are only made by groupby.
fn grouper_new(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    Err(interp.type_error("cannot create 'itertools._grouper' instances"))
}
