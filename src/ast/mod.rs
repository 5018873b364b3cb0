//! The syntax tree, node for node as CPython's `ast` module defines it (Python.asdl, 3.11).
//!
//! Field names and order follow the ASDL so that `ast::dump` can print exactly what
//! `ast.dump` prints. Every node that has positions in CPython carries a [`Span`].

pub mod dump;
pub mod unparse;

use num_bigint::BigInt;

pub use crate::source::Span;

/// An identifier (already NFKC-normalised).
pub type Identifier = String;

/// Index of a scope in the resolver's table (`resolve::Scopes`); [`NO_SCOPE`] until resolved.
pub type ScopeId = u32;

/// The scope id of a node the resolver has not visited.
pub const NO_SCOPE: ScopeId = u32::MAX;

/// How the interpreter reaches a name at one place in the code, as the resolver decided.
///
/// These fields are legb's own: `ast::dump` prints only CPython's fields.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum NameRes {
    /// Not resolved yet (the parser's output).
    #[default]
    Unresolved,
    /// A local of the current function frame, in slot `n` (`LOAD_FAST`).
    Local(u32),
    /// A local of the current frame kept in cell `n` because an inner scope uses it (`LOAD_DEREF`).
    Cell(u32),
    /// A variable of an enclosing function, through closure cell `n` (`LOAD_DEREF`).
    Free(u32),
    /// A module global from inside a function: globals, then builtins (`LOAD_GLOBAL`);
    /// `explicit` when a `global` statement declared it.
    Global { explicit: bool },
    /// Module level or class body: the local namespace, then globals, then builtins (`LOAD_NAME`).
    Name,
    /// A class body reading a free variable: the class namespace, then closure cell `n`
    /// (`LOAD_CLASSDEREF`).
    ClassDeref(u32),
}

/// Where a module-level or global name was last found: the key versions of the dicts
/// searched and the entry's position, so a repeated lookup skips hashing while neither dict
/// gained or lost a key (CPython caches `LOAD_GLOBAL` the same way). legb's own; equal for
/// every pair of nodes, so it never affects AST comparisons.
#[derive(Debug, Clone, Default)]
pub struct NameCache(pub std::cell::Cell<NameHit>);

/// One recorded lookup; version 0 is never a live dict's (see `Dict::version`).
#[derive(Debug, Clone, Copy, Default)]
pub struct NameHit {
    pub globals: u64,
    pub builtins: u64,
    pub index: u32,
    pub in_builtins: bool,
}

impl PartialEq for NameCache {
    fn eq(&self, _: &NameCache) -> bool {
        true
    }
}

/// What an attribute site (`obj.name`) last found, for the next access to skip the lookup
/// (CPython 3.11 specialises `LOAD_ATTR` and `STORE_ATTR` on instance values the same way).
/// Two entries, for two classes: a method of a base class sees instances of two subclasses
/// in turn (`self.name = name` in `Shape.__init__` for a `Rect` and a `Square`).
/// legb's own; equal for every pair of nodes, so it never affects AST comparisons.
#[derive(Debug, Clone, Default)]
pub struct AttrCache([std::cell::Cell<AttrHit>; 2]);

impl AttrCache {
    /// The entry recorded for the class namespace tagged `tag`, or an empty one.
    #[inline]
    pub fn hit(&self, tag: u64) -> AttrHit {
        let first = self.0[0].get();
        if first.tag == tag {
            return first;
        }
        let second = self.0[1].get();
        if second.tag == tag {
            return second;
        }
        AttrHit::default()
    }

    /// Records `hit`, in place of its class's entry, or else of the older entry.
    pub fn record(&self, hit: AttrHit) {
        let first = self.0[0].get();
        if first.tag != hit.tag {
            self.0[1].set(first);
        }
        self.0[0].set(hit);
    }
}

/// One recorded access of a plain instance attribute; tag 0 is never a namespace's.
#[derive(Debug, Clone, Copy, Default)]
pub struct AttrHit {
    /// The version tag of the class namespace seen: while it holds, no class along the MRO
    /// defines the name, so the instance dict answers.
    pub tag: u64,
    /// The name's position in the instance dict (instances of a class usually agree).
    pub index: u32,
    /// The class was also seen to keep `object.__setattr__`, so a store may go straight
    /// into the instance dict.
    pub store: bool,
    /// For a method call's site: the index in `__mro__` of the class whose namespace holds
    /// the method at `index` (the tag is then the receiver's class's).
    pub owner: u32,
    /// The name is a `property` of the class, at `owner` and `index` as for a method: reads
    /// call its getter and stores its setter, whatever the instance dict holds.
    pub property: bool,
}

impl PartialEq for AttrCache {
    fn eq(&self, _: &AttrCache) -> bool {
        true
    }
}

/// `Module(stmt* body, type_ignore* type_ignores)`; `type_ignores` is always empty here.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

/// A statement with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub node: StmtKind,
    pub span: Span,
}

/// `FunctionDef` and `AsyncFunctionDef` share their fields.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Identifier,
    pub args: Box<Arguments>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
    /// The function's own scope.
    pub scope: ScopeId,
    /// Where the function's name is bound in the enclosing scope.
    pub name_res: NameRes,
}

/// The statement kinds of Python.asdl.
#[derive(Debug, Clone, PartialEq)]
#[repr(u8)]
pub enum StmtKind {
    FunctionDef(FunctionDef),
    AsyncFunctionDef(FunctionDef),
    ClassDef {
        name: Identifier,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        /// The class body's scope.
        scope: ScopeId,
        /// Where the class's name is bound in the enclosing scope.
        name_res: NameRes,
    },
    Return {
        value: Option<Box<Expr>>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
    },
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    AsyncFor {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    AsyncWith {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    TryStar {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<Identifier>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Identifier>,
    },
    Nonlocal {
        names: Vec<Identifier>,
    },
    Expr {
        value: Box<Expr>,
    },
    Pass,
    Break,
    Continue,
}

/// An expression with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub node: ExprKind,
    pub span: Span,
}

/// The expression kinds of Python.asdl.
#[derive(Debug, Clone, PartialEq)]
#[repr(u8)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
        scope: ScopeId,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `keys[i]` is `None` for a `**mapping` entry.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
        scope: ScopeId,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
        scope: ScopeId,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
        scope: ScopeId,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
        scope: ScopeId,
    },
    Await {
        value: Box<Expr>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `conversion` is -1 (none) or the code point of `s`, `r` or `a`.
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr {
        values: Vec<Expr>,
    },
    /// `kind` is `Some("u")` for a `u"…"` literal.
    Constant {
        value: Constant,
        kind: Option<String>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Identifier,
        ctx: ExprContext,
        cache: AttrCache,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Identifier,
        ctx: ExprContext,
        res: NameRes,
        cache: NameCache,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// The value of a `Constant` node.
#[derive(Debug, Clone, PartialEq)]
#[repr(u8)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    /// An int literal that fits in 64 bits (the interpreter loads it without converting).
    SmallInt(i64),
    /// An int literal outside the `i64` range (never one that fits: see [`Constant::int`]).
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    /// A `str` literal holding a lone surrogate (U+D800..U+DFFF, e.g. `'\ud800'`): its code
    /// points. A Rust `String` cannot hold one, and legb's `str` values cannot either, so
    /// only the AST has these; every other `str` literal is a `Str`.
    StrSurrogates(Vec<u32>),
    Bytes(Vec<u8>),
}

impl Constant {
    /// The constant for an int literal: `SmallInt` when it fits in 64 bits.
    pub fn int(value: BigInt) -> Constant {
        match num_traits::ToPrimitive::to_i64(&value) {
            Some(n) => Constant::SmallInt(n),
            None => Constant::Int(value),
        }
    }

    /// The value of an int literal, whichever variant holds it.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Constant::SmallInt(n) => Some(BigInt::from(*n)),
            Constant::Int(i) => Some(i.clone()),
            _ => None,
        }
    }
}

/// `Load`, `Store` or `Del`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

/// `and` / `or`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators, in Python.asdl order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// One `for … in … if …` clause of a comprehension (no position in CPython).
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Box<Expr>>,
    pub name: Option<Identifier>,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// Where `name` is bound (and unbound again after the handler).
    pub name_res: NameRes,
    /// The last lookup of `name` in its namespace, when that is a dict.
    pub name_cache: NameCache,
}

/// A parameter list (no position in CPython).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only parameter; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Expr>,
}

impl Arguments {
    /// Every parameter in the order the source writes them (`*args` before the keyword-only
    /// ones), the order CPython checks and annotates them in.
    pub fn in_source_order(&self) -> impl Iterator<Item = &Arg> {
        self.posonlyargs
            .iter()
            .chain(&self.args)
            .chain(&self.vararg)
            .chain(&self.kwonlyargs)
            .chain(&self.kwarg)
    }
}

/// One parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub arg: Identifier,
    pub annotation: Option<Box<Expr>>,
    pub span: Span,
    /// The parameter's slot (a local or a cell) in the function's frame.
    pub res: NameRes,
}

/// A keyword argument in a call or class bases; `arg` is `None` for `**mapping`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub arg: Option<Identifier>,
    pub value: Expr,
    pub span: Span,
}

/// `import name as asname`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: Identifier,
    pub asname: Option<Identifier>,
    pub span: Span,
    /// Where the imported name is bound.
    pub res: NameRes,
}

/// One item of a `with` statement (no position in CPython).
#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

/// One `case` block (no position in CPython).
#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
}

/// A match pattern with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub node: PatternKind,
    pub span: Span,
}

/// The pattern kinds of Python.asdl.
#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    MatchValue {
        value: Box<Expr>,
    },
    MatchSingleton {
        value: Constant,
    },
    MatchSequence {
        patterns: Vec<Pattern>,
    },
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Identifier>,
        /// Where `**rest` is bound (legb's own, set by the resolver).
        rest_res: NameRes,
    },
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Identifier>,
        kwd_patterns: Vec<Pattern>,
    },
    MatchStar {
        name: Option<Identifier>,
        /// Where the name is bound (legb's own, set by the resolver).
        res: NameRes,
    },
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Identifier>,
        /// Where the name is bound (legb's own, set by the resolver).
        res: NameRes,
    },
    MatchOr {
        patterns: Vec<Pattern>,
    },
}

impl Expr {
    /// A new expression node.
    pub fn new(node: ExprKind, span: Span) -> Expr {
        Expr { node, span }
    }
}

impl Stmt {
    /// A new statement node.
    pub fn new(node: StmtKind, span: Span) -> Stmt {
        Stmt { node, span }
    }
}
