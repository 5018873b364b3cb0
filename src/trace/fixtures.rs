//! Hand-built event streams that mimic what the interpreter will emit for small, classic
//! programs, shared by the renderers' and the filter's tests.
//!
//! Conventions the streams follow (and the renderers assume): a statement starts with a
//! `line` event; `call` is reported in the caller's frame at the caller's line, and the
//! callee's events follow in the callee's frame at depth + 1; `return` and `unwind` are
//! reported in the frame being left; after them the caller's statement carries on at the
//! caller's line without a new `line` event. Function values are shown without addresses.

use super::event::{
    Arg, AttrAccess, AttrAction, AttrPlace, AttrVia, Capture, Chain, ChainKind, Declaration, Event,
    Explanation, FinallyReason, FrameRef, Passed, Scope, Step, Symbol, Target,
};

pub(crate) struct Program {
    pub file: &'static str,
    pub source: &'static str,
    pub steps: Vec<Step>,
}

/// One step at `frame`, `depth` and `line`.
pub(crate) fn step(frame: u32, depth: u32, line: u32, event: Event) -> Step {
    Step {
        frame,
        depth,
        line,
        event,
    }
}

fn frame(name: &str, id: u32) -> FrameRef {
    FrameRef {
        name: name.into(),
        id,
    }
}

#[derive(Default)]
struct Builder {
    steps: Vec<Step>,
    frame: u32,
    depth: u32,
    line: u32,
    callers: Vec<(u32, u32, u32)>,
}

impl Builder {
    fn ev(&mut self, event: Event) -> &mut Self {
        self.steps.push(Step {
            frame: self.frame,
            depth: self.depth,
            line: self.line,
            event,
        });
        self
    }

    /// A statement starts at `line` in the current frame.
    fn line(&mut self, line: u32) -> &mut Self {
        self.line = line;
        self.ev(Event::Line)
    }

    /// Moves to `line` without a `line` event (an `else:` or `finally:` clause, an
    /// `except` clause catching).
    fn at(&mut self, line: u32) -> &mut Self {
        self.line = line;
        self
    }

    fn load(&mut self, name: &str, scope: Scope, symbol: Symbol, value: &str) -> &mut Self {
        self.ev(Event::Load {
            name: name.into(),
            scope,
            symbol,
            owner: None,
            value: value.into(),
        })
    }

    fn global(&mut self, name: &str, value: &str) -> &mut Self {
        let symbol = if self.frame == 0 {
            Symbol::Name
        } else {
            Symbol::GlobalImplicit
        };
        self.load(name, Scope::Global, symbol, value)
    }

    fn builtin(&mut self, name: &str, value: &str) -> &mut Self {
        let symbol = if self.frame == 0 {
            Symbol::Name
        } else {
            Symbol::GlobalImplicit
        };
        self.load(name, Scope::Builtin, symbol, value)
    }

    fn local(&mut self, name: &str, value: &str) -> &mut Self {
        self.load(name, Scope::Local, Symbol::Local, value)
    }

    fn free(&mut self, name: &str, owner: (&str, u32), value: &str) -> &mut Self {
        self.ev(Event::Load {
            name: name.into(),
            scope: Scope::Enclosing,
            symbol: Symbol::Free,
            owner: Some(frame(owner.0, owner.1)),
            value: value.into(),
        })
    }

    fn store(&mut self, name: &str, target: Target, value: &str) -> &mut Self {
        self.ev(Event::Store {
            name: name.into(),
            target,
            owner: None,
            value: value.into(),
        })
    }

    fn store_enclosing(&mut self, name: &str, owner: (&str, u32), value: &str) -> &mut Self {
        self.ev(Event::Store {
            name: name.into(),
            target: Target::Enclosing,
            owner: Some(frame(owner.0, owner.1)),
            value: value.into(),
        })
    }

    fn call(&mut self, callee: (&str, u32), args: &[(&str, &str, Passed)]) -> &mut Self {
        let args = args
            .iter()
            .map(|(name, value, passed)| Arg {
                name: (*name).into(),
                value: (*value).into(),
                passed: *passed,
            })
            .collect();
        self.ev(Event::Call {
            callee: frame(callee.0, callee.1),
            args,
        });
        self.callers.push((self.frame, self.depth, self.line));
        self.frame = callee.1;
        self.depth += 1;
        self
    }

    fn back(&mut self) {
        if let Some((frame, depth, line)) = self.callers.pop() {
            self.frame = frame;
            self.depth = depth;
            self.line = line;
        }
    }

    fn ret(&mut self, value: &str, kept_alive: bool) -> &mut Self {
        self.ev(Event::Return {
            value: value.into(),
            kept_alive,
        });
        self.back();
        self
    }

    fn unwind(&mut self, type_name: &str) -> &mut Self {
        self.ev(Event::Unwind {
            type_name: type_name.into(),
        });
        self.back();
        self
    }

    /// The current frame suspends at `yield`; its caller carries on.
    fn yielded(&mut self, value: &str) -> &mut Self {
        self.ev(Event::Yield {
            value: value.into(),
        });
        self.back();
        self
    }

    /// The suspended generator `frame` resumes at `line`, called from the current frame.
    fn resume(&mut self, frame: u32, line: u32) -> &mut Self {
        self.callers.push((self.frame, self.depth, self.line));
        self.frame = frame;
        self.depth += 1;
        self.line = line;
        self.ev(Event::Resume)
    }

    fn closure(&mut self, function: &str, captures: &[(&str, (&str, u32))]) -> &mut Self {
        let captures = captures
            .iter()
            .map(|(name, owner)| Capture {
                name: (*name).into(),
                owner: frame(owner.0, owner.1),
            })
            .collect();
        self.ev(Event::Closure {
            function: function.into(),
            captures,
        })
    }

    fn declare(&mut self, declaration: Declaration, names: &[&str]) -> &mut Self {
        self.ev(Event::Declare {
            declaration,
            names: names.iter().map(|s| (*s).into()).collect(),
        })
    }

    fn raise(&mut self, type_name: &str, message: &str, why: Option<Explanation>) -> &mut Self {
        self.ev(Event::Raise {
            type_name: type_name.into(),
            message: message.into(),
            explanation: why.map(Box::new),
            chain: None,
            reraise: false,
        })
    }

    fn output(&mut self, text: &str) -> &mut Self {
        self.ev(Event::Output { text: text.into() })
    }

    fn done(&mut self) -> Vec<Step> {
        std::mem::take(&mut self.steps)
    }
}

const PRINT: &str = "<built-in function print>";

/// The classic `nonlocal` counter (`examples/closure_counter.py`): two counters, each
/// with its own `count` cell in its own `make_counter` frame.
pub(crate) fn closure_counter() -> Program {
    const SOURCE: &str = "\
# LEGB: `count` lives in make_counter's frame; `nonlocal` lets the inner function rebind it.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter(10)
print(counter())
print(counter(5))
other = make_counter()
print(other(), counter())
";
    const MAKE: &str = "<function make_counter>";
    const INC: &str = "<function make_counter.<locals>.increment>";
    let inc_name = "make_counter.<locals>.increment";
    let mut b = Builder::default();
    b.line(2).store("make_counter", Target::Global, MAKE);

    // counter = make_counter(10)
    b.line(13)
        .global("make_counter", MAKE)
        .call(("make_counter", 1), &[("start", "10", Passed::Positional)]);
    b.line(3)
        .local("start", "10")
        .store("count", Target::Cell, "10");
    b.line(5)
        .closure(inc_name, &[("count", ("make_counter", 1))])
        .store("increment", Target::Local, INC);
    b.line(10).local("increment", INC).ret(INC, true);
    b.store("counter", Target::Global, INC);

    // print(counter()) and print(counter(5))
    for (line, frame_id, step, passed, before, after) in [
        (14, 2, "1", Passed::Default, "10", "11"),
        (15, 3, "5", Passed::Positional, "11", "16"),
    ] {
        b.line(line)
            .builtin("print", PRINT)
            .global("counter", INC)
            .call((inc_name, frame_id), &[("step", step, passed)]);
        b.line(6).declare(Declaration::Nonlocal, &["count"]);
        b.line(7)
            .free("count", ("make_counter", 1), before)
            .local("step", step)
            .store_enclosing("count", ("make_counter", 1), after);
        b.line(8)
            .free("count", ("make_counter", 1), after)
            .ret(after, false);
        b.output(&format!("{after}\n"));
    }

    // other = make_counter()
    b.line(16)
        .global("make_counter", MAKE)
        .call(("make_counter", 4), &[("start", "0", Passed::Default)]);
    b.line(3)
        .local("start", "0")
        .store("count", Target::Cell, "0");
    b.line(5)
        .closure(inc_name, &[("count", ("make_counter", 4))])
        .store("increment", Target::Local, INC);
    b.line(10).local("increment", INC).ret(INC, true);
    b.store("other", Target::Global, INC);

    // print(other(), counter())
    b.line(17)
        .builtin("print", PRINT)
        .global("other", INC)
        .call((inc_name, 5), &[("step", "1", Passed::Default)]);
    b.line(6).declare(Declaration::Nonlocal, &["count"]);
    b.line(7)
        .free("count", ("make_counter", 4), "0")
        .local("step", "1")
        .store_enclosing("count", ("make_counter", 4), "1");
    b.line(8)
        .free("count", ("make_counter", 4), "1")
        .ret("1", false);
    b.global("counter", INC)
        .call((inc_name, 6), &[("step", "1", Passed::Default)]);
    b.line(6).declare(Declaration::Nonlocal, &["count"]);
    b.line(7)
        .free("count", ("make_counter", 1), "16")
        .local("step", "1")
        .store_enclosing("count", ("make_counter", 1), "17");
    b.line(8)
        .free("count", ("make_counter", 1), "17")
        .ret("17", false);
    b.output("1 17\n");

    Program {
        file: "closure_counter.py",
        source: SOURCE,
        steps: b.done(),
    }
}

/// Late binding: three lambdas made in a loop all see the loop variable's last value,
/// because they share one `i` cell in `make_funcs`'s frame.
pub(crate) fn late_binding() -> Program {
    const SOURCE: &str = "\
def make_funcs():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return funcs


for f in make_funcs():
    print(f())
";
    const MAKE: &str = "<function make_funcs>";
    const LAMBDA: &str = "<function make_funcs.<locals>.<lambda>>";
    let lambda = "make_funcs.<locals>.<lambda>";
    let list = |n: usize| format!("[{}]", vec![LAMBDA; n].join(", "));
    let mut b = Builder::default();
    b.line(1).store("make_funcs", Target::Global, MAKE);
    b.line(8)
        .global("make_funcs", MAKE)
        .call(("make_funcs", 1), &[]);
    b.line(2).store("funcs", Target::Local, "[]");
    for i in 0..3 {
        b.line(3);
        if i == 0 {
            b.builtin("range", "<class 'range'>");
        }
        b.store("i", Target::Cell, &i.to_string());
        b.line(4)
            .local("funcs", &list(i))
            .closure(lambda, &[("i", ("make_funcs", 1))]);
    }
    b.line(3);
    b.line(5).local("funcs", &list(3)).ret(&list(3), true);
    for id in 2..5 {
        b.store("f", Target::Global, LAMBDA);
        b.line(9)
            .builtin("print", PRINT)
            .global("f", LAMBDA)
            .call((lambda, id), &[]);
        b.line(4).free("i", ("make_funcs", 1), "2").ret("2", false);
        b.output("2\n");
        b.line(8);
    }
    Program {
        file: "late_binding.py",
        source: SOURCE,
        steps: b.done(),
    }
}

/// The UnboundLocalError trap: `count += 1` makes `count` local to the whole function.
pub(crate) fn unbound_local() -> Program {
    const SOURCE: &str = "\
count = 0


def increment():
    count += 1
    return count


increment()
";
    let mut b = Builder::default();
    b.line(1).store("count", Target::Global, "0");
    b.line(4)
        .store("increment", Target::Global, "<function increment>");
    b.line(9)
        .global("increment", "<function increment>")
        .call(("increment", 1), &[]);
    b.line(5)
        .raise(
            "UnboundLocalError",
            "cannot access local variable 'count' where it is not associated with a value",
            Some(Explanation::UnboundLocal {
                name: "count".into(),
                bound_at: 5,
            }),
        )
        .unwind("UnboundLocalError");
    b.unwind("UnboundLocalError");
    Program {
        file: "unbound_local.py",
        source: SOURCE,
        steps: b.done(),
    }
}

/// A `global` counter, and a NameError from a misspelt name.
pub(crate) fn global_counter() -> Program {
    const SOURCE: &str = "\
calls = 0


def tick():
    global calls
    calls += 1
    return calls


tick()
tick()
print(calls)
print(cals)
";
    let mut b = Builder::default();
    b.line(1).store("calls", Target::Global, "0");
    b.line(4).store("tick", Target::Global, "<function tick>");
    for (line, id) in [(10, 1), (11, 2)] {
        let before = (id - 1).to_string();
        let after = id.to_string();
        b.line(line)
            .global("tick", "<function tick>")
            .call(("tick", id), &[]);
        b.line(5).declare(Declaration::Global, &["calls"]);
        b.line(6)
            .load("calls", Scope::Global, Symbol::GlobalExplicit, &before)
            .store("calls", Target::Global, &after);
        b.line(7)
            .load("calls", Scope::Global, Symbol::GlobalExplicit, &after)
            .ret(&after, false);
    }
    b.line(12)
        .builtin("print", PRINT)
        .global("calls", "2")
        .output("2\n");
    b.line(13)
        .builtin("print", PRINT)
        .raise(
            "NameError",
            "name 'cals' is not defined. Did you mean: 'calls'?",
            Some(Explanation::NotFound {
                name: "cals".into(),
                searched: vec![Scope::Global, Scope::Builtin],
            }),
        )
        .unwind("NameError");
    Program {
        file: "global_counter.py",
        source: SOURCE,
        steps: b.done(),
    }
}

/// `try`/`except`/`else`/`finally`: a value that parses, one that does not (caught), and
/// one whose exception no clause matches (finally runs, then it propagates).
pub(crate) fn try_finally() -> Program {
    const SOURCE: &str = "\
def parse(text):
    try:
        n = int(text)
    except ValueError as e:
        print(\"bad:\", e)
        return None
    else:
        print(\"ok\")
        return n
    finally:
        print(\"done\")


parse(\"42\")
parse(\"x\")
parse(None)
";
    const PARSE: &str = "<function parse>";
    const INT: &str = "<class 'int'>";
    let mut b = Builder::default();
    b.line(1).store("parse", Target::Global, PARSE);

    b.line(14)
        .global("parse", PARSE)
        .call(("parse", 1), &[("text", "'42'", Passed::Positional)]);
    b.line(2);
    b.line(3)
        .builtin("int", INT)
        .local("text", "'42'")
        .store("n", Target::Local, "42");
    b.at(7).ev(Event::Else);
    b.line(8).builtin("print", PRINT).output("ok\n");
    b.line(9).local("n", "42");
    b.at(10).ev(Event::Finally {
        reason: FinallyReason::Return,
    });
    b.line(11).builtin("print", PRINT).output("done\n");
    b.ret("42", false);

    let bad = "invalid literal for int() with base 10: 'x'";
    b.line(15)
        .global("parse", PARSE)
        .call(("parse", 2), &[("text", "'x'", Passed::Positional)]);
    b.line(2);
    b.line(3)
        .builtin("int", INT)
        .local("text", "'x'")
        .raise("ValueError", bad, None);
    b.at(4)
        .ev(Event::Caught {
            type_name: "ValueError".into(),
            clause: "except ValueError as e".into(),
        })
        .store(
            "e",
            Target::Local,
            "ValueError(\"invalid literal for int() with base 10: 'x'\")",
        );
    b.line(5)
        .builtin("print", PRINT)
        .local(
            "e",
            "ValueError(\"invalid literal for int() with base 10: 'x'\")",
        )
        .output(&format!("bad: {bad}\n"));
    b.line(6).ev(Event::Cleared { name: "e".into() });
    b.at(10).ev(Event::Finally {
        reason: FinallyReason::Return,
    });
    b.line(11).builtin("print", PRINT).output("done\n");
    b.ret("None", false);

    b.line(16)
        .global("parse", PARSE)
        .call(("parse", 3), &[("text", "None", Passed::Positional)]);
    b.line(2);
    b.line(3).builtin("int", INT).local("text", "None").raise(
        "TypeError",
        "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
        None,
    );
    b.at(10).ev(Event::Finally {
        reason: FinallyReason::Exception,
    });
    b.line(11).builtin("print", PRINT).output("done\n");
    b.unwind("TypeError");
    b.unwind("TypeError");
    Program {
        file: "try_finally.py",
        source: SOURCE,
        steps: b.done(),
    }
}

/// A class body's namespace (C), a generator, `*args`/`**kwargs`, an unhashable key, and
/// output without a final newline.
pub(crate) fn class_generator_hash() -> Program {
    const SOURCE: &str = "\
class Config:
    debug = False
    level = 1 if debug else 2


def countdown(n, *rest, **options):
    while n > 0:
        yield n
        n -= 1


for x in countdown(2, 'a', sep='-'):
    print(x, end=' ')
seen = {[1, 2]}
";
    let mut b = Builder::default();
    b.line(1).call(("Config", 1), &[]);
    b.line(2).store("debug", Target::Class, "False");
    b.line(3)
        .load("debug", Scope::Class, Symbol::Name, "False")
        .store("level", Target::Class, "2")
        .ret("None", false);
    b.store("Config", Target::Global, "<class 'Config'>");
    b.line(6)
        .store("countdown", Target::Global, "<function countdown>");
    b.line(12).global("countdown", "<function countdown>").call(
        ("countdown", 2),
        &[
            ("n", "2", Passed::Positional),
            ("rest", "('a',)", Passed::Varargs),
            ("options", "{'sep': '-'}", Passed::Varkw),
        ],
    );
    b.line(7).local("n", "2");
    b.line(8).local("n", "2").yielded("2");
    b.store("x", Target::Global, "2");
    b.line(13)
        .builtin("print", PRINT)
        .global("x", "2")
        .output("2 ");
    b.line(12).resume(2, 8);
    b.line(9).local("n", "2").store("n", Target::Local, "1");
    b.line(7).local("n", "1");
    b.line(8).local("n", "1").yielded("1");
    b.store("x", Target::Global, "1");
    b.line(13)
        .builtin("print", PRINT)
        .global("x", "1")
        .output("1 ");
    b.line(12).resume(2, 8);
    b.line(9).local("n", "1").store("n", Target::Local, "0");
    b.line(7).local("n", "0").ret("None", false);
    b.line(14)
        .ev(Event::Hash {
            type_name: "list".into(),
            hashable: false,
            reason: Some("list is mutable".into()),
        })
        .raise("TypeError", "unhashable type: 'list'", None)
        .unwind("TypeError");
    Program {
        file: "class_generator_hash.py",
        source: SOURCE,
        steps: b.done(),
    }
}

/// Attribute accesses: a mangled instance attribute, a method, a `super()` call, and a
/// private attribute read from outside its class.
pub(crate) fn attributes() -> Program {
    const SOURCE: &str = "\
class Base:
    def hello(self):
        return 'base'


class Account(Base):
    def __init__(self):
        self.__balance = 10

    def hello(self):
        return super().hello()


acct = Account()
print(acct.hello())
acct.__balance
";
    let mro = vec!["Account".into(), "Base".into(), "object".into()];
    let mut b = Builder::default();
    b.line(14)
        .global("Account", "<class '__main__.Account'>")
        .call(
            ("Account.__init__", 1),
            &[("self", "<Account object>", Passed::Positional)],
        );
    b.line(8)
        .local("self", "<Account object>")
        .ev(Event::Attr(Box::new(AttrAccess {
            action: AttrAction::Set,
            expr: Some("self".into()),
            object: "<Account object>".into(),
            name: "__balance".into(),
            mangled: Some("_Account__balance".into()),
            found: AttrPlace::Instance,
            owner: None,
            mro: Vec::new(),
            via: None,
            after: None,
            value: "10".into(),
        })));
    b.ret("None", false);
    b.store("acct", Target::Global, "<Account object>");
    b.line(15)
        .builtin("print", PRINT)
        .global("acct", "<Account object>")
        .ev(Event::Attr(Box::new(AttrAccess {
            action: AttrAction::Get,
            expr: Some("acct".into()),
            object: "<Account object>".into(),
            name: "hello".into(),
            mangled: None,
            found: AttrPlace::Class,
            owner: Some("Account".into()),
            mro: Vec::new(),
            via: Some(AttrVia::Method),
            after: None,
            value: "<bound method Account.hello of <Account object>>".into(),
        })))
        .call(
            ("Account.hello", 2),
            &[("self", "<Account object>", Passed::Positional)],
        );
    b.line(11).ev(Event::Attr(Box::new(AttrAccess {
        action: AttrAction::Get,
        expr: Some("super()".into()),
        object: "<super: <class 'Account'>, <Account object>>".into(),
        name: "hello".into(),
        mangled: None,
        found: AttrPlace::Class,
        owner: Some("Base".into()),
        mro: mro.clone(),
        via: Some(AttrVia::Method),
        after: Some("Account".into()),
        value: "<bound method Base.hello of <Account object>>".into(),
    })));
    b.ret("'base'", false);
    b.output("base\n");
    b.line(16)
        .global("acct", "<Account object>")
        .ev(Event::Attr(Box::new(AttrAccess {
            action: AttrAction::Get,
            expr: Some("acct".into()),
            object: "<Account object>".into(),
            name: "__balance".into(),
            mangled: None,
            found: AttrPlace::Missing,
            owner: None,
            mro,
            via: None,
            after: None,
            value: Default::default(),
        })));
    b.raise(
        "AttributeError",
        "'Account' object has no attribute '__balance'",
        Some(Explanation::Mangled {
            name: "__balance".into(),
            stored_as: "_Account__balance".into(),
        }),
    )
    .unwind("AttributeError");
    Program {
        file: "attributes.py",
        source: SOURCE,
        steps: b.done(),
    }
}

/// Chaining, a `finally` that swallows an exception, and `with` calling `__exit__`.
pub(crate) fn chaining_finally_exit() -> Program {
    const SOURCE: &str = "\
from contextlib import suppress
try:
    {}['port']
except KeyError:
    try:
        raise ValueError('no port') from None
    finally:
        raise TypeError('from finally')
with suppress(ValueError):
    raise ValueError('x')
";
    let mut b = Builder::default();
    b.line(2);
    b.line(3).raise("KeyError", "'port'", None);
    b.ev(Event::Caught {
        type_name: "KeyError".into(),
        clause: "except KeyError".into(),
    });
    b.line(5);
    b.line(6).ev(Event::Raise {
        type_name: "ValueError".into(),
        message: "no port".into(),
        explanation: None,
        chain: Some(Chain {
            kind: ChainKind::Suppressed,
            type_name: "KeyError".into(),
        }),
        reraise: false,
    });
    b.ev(Event::Finally {
        reason: FinallyReason::Exception,
    });
    b.line(8).raise("TypeError", "from finally", None);
    b.ev(Event::Discarded {
        pending: FinallyReason::Exception,
        by: FinallyReason::Exception,
    });
    b.line(9);
    b.line(10).ev(Event::Raise {
        type_name: "ValueError".into(),
        message: "x".into(),
        explanation: None,
        chain: None,
        reraise: true,
    });
    b.line(9).ev(Event::Exit {
        manager: "<suppress object>".into(),
        exception: Some("ValueError".into()),
        returned: "True".into(),
        suppressed: true,
    });
    Program {
        file: "chaining_finally_exit.py",
        source: SOURCE,
        steps: b.done(),
    }
}

/// An endless loop cut off by the step limit.
pub(crate) fn stopped() -> Program {
    const SOURCE: &str = "\
n = 0
while True:
    n += 1
";
    let mut b = Builder::default();
    b.line(1).store("n", Target::Global, "0");
    for i in 0..2 {
        b.line(2);
        b.line(3)
            .global("n", &i.to_string())
            .store("n", Target::Global, &(i + 1).to_string());
    }
    b.line(2).ev(Event::Stopped {
        message: "the step limit (6 steps) was reached".into(),
    });
    Program {
        file: "forever.py",
        source: SOURCE,
        steps: b.done(),
    }
}
