//! Embedding legb in a Rust program: run Python source, collect what it prints through a
//! callback, limit how long it may run, and read an uncaught exception as data.
//!
//! Run with `cargo run --example embed`.

use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let source = "\
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c = make_counter()
print(c(), c(), c())
print(1 / 0)
";
    let printed = Rc::new(RefCell::new(String::new()));
    let sink = printed.clone();
    let limits = legb::Limits {
        max_steps: Some(10_000),
        ..legb::Limits::default()
    };
    let outcome = legb::run(
        source,
        "counter.py",
        move |text| sink.borrow_mut().push_str(text),
        "",
        limits.clone(),
    );

    print!("the program printed: {}", printed.borrow());
    if let Some(exc) = &outcome.exception {
        println!("it raised {}: {}", exc.type_name, exc.message);
        print!("{}", exc.traceback);
    }
    println!("exit status {}", outcome.status);

    // A runaway program stops at the step limit instead of hanging the host.
    let runaway = legb::run("while True:\n    pass\n", "loop.py", |_| {}, "", limits);
    println!("runaway program: {:?}", runaway.halted);
}
