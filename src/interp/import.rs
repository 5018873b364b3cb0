//! `import` statements: the modules legb provides, and a clear error for the others.

use super::{Frame, Interp, PyResult};
use crate::ast::Alias;
use crate::value::Value;

/// Modules of CPython's standard library legb knows about but does not provide yet.
fn is_stdlib(name: &str) -> bool {
    let top = name.split('.').next().unwrap_or(name);
    crate::stdlib_names::STDLIB.contains(&top)
}

impl Interp {
    /// The module called `name`, importing it the first time.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(name) {
            return Ok(m.clone());
        }
        if let Some(m) = crate::builtins::modules::load(self, name)? {
            self.modules.set_str(name, m.clone());
            return Ok(m);
        }
        if is_stdlib(name) {
            return Err(self.unsupported(&format!("the '{name}' module")));
        }
        Err(self.import_error(
            "ModuleNotFoundError",
            format!("No module named '{name}'"),
            name,
        ))
    }

    /// The module called `name` if it has been imported (`sys.modules.get(name)`).
    pub fn imported_module(&self, name: &str) -> Option<Value> {
        self.modules.get_str(name).cloned()
    }

    /// An ImportError (class `cls`) about module `module`, with its `msg` and `name` set.
    fn import_error(&self, cls: &str, msg: String, module: &str) -> super::PyErr {
        let err = self.err(cls, msg.clone());
        if let super::PyErr::Exception(e) = &err {
            crate::builtins::exception_methods::set_member(e, "msg", Value::str(&msg));
            crate::builtins::exception_methods::set_member(e, "name", Value::str(module));
        }
        err
    }

    pub(super) fn exec_import(&mut self, f: &mut Frame, names: &[Alias]) -> PyResult<()> {
        for alias in names {
            let module = self.import_module(&alias.name)?;
            let (bind, value) = match &alias.asname {
                Some(a) => (a.as_str(), module),
                None => {
                    let top = alias.name.split('.').next().unwrap_or(&alias.name);
                    (top, self.import_module(top)?)
                }
            };
            self.store_name(f, bind, alias.res, value)?;
        }
        Ok(())
    }

    /// `from module import *`: the names in the module's `__all__`, else its public ones.
    fn import_star(&mut self, f: &mut Frame, m: &Value) -> PyResult<()> {
        let Value::Module(module) = m else {
            return Err(self.unsupported("'from module import *' of a non-module"));
        };
        let all = module.dict.borrow().get_str("__all__").cloned();
        let names: Vec<Value> = match all {
            Some(all) => self.collect(&all)?,
            None => module
                .dict
                .borrow()
                .keys()
                .filter(|k| !k.as_str().is_some_and(|s| s.starts_with('_')))
                .cloned()
                .collect(),
        };
        if !f.scope_is_namespace() {
            return Err(self.unsupported("'from module import *' outside the module level"));
        }
        for name in names {
            let Some(name) = name.as_str().map(str::to_owned) else {
                let msg = format!("Item in {}.__all__ must be str", module.name);
                return Err(self.type_error(msg));
            };
            let value = self.getattr(m, &name)?;
            f.namespace.borrow_mut().set_str(&name, value);
        }
        Ok(())
    }

    pub(super) fn exec_import_from(
        &mut self,
        f: &mut Frame,
        module: Option<&str>,
        names: &[Alias],
        level: u32,
    ) -> PyResult<()> {
        if level > 0 {
            return Err(self.err(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let name = module.unwrap_or("");
        let m = self.import_module(name)?;
        for alias in names {
            if alias.name == "*" {
                self.import_star(f, &m)?;
                continue;
            }
            let value = match self.getattr_opt(&m, &alias.name)? {
                Some(v) => v,
                None => {
                    let msg = format!(
                        "cannot import name '{}' from '{name}' (unknown location)",
                        alias.name
                    );
                    return Err(self.import_error("ImportError", msg, name));
                }
            };
            let bind = alias.asname.as_deref().unwrap_or(&alias.name);
            self.store_name(f, bind, alias.res, value)?;
        }
        Ok(())
    }
}
