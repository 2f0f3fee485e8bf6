package check

import (
	"math/big"

	"github.com/pyasync2go/pyasync2go/ast"
)

// VarKind says what a name is bound to.
type VarKind int

// The kinds of names.
const (
	Local     VarKind = iota // a local of a function (or of module code)
	Param                    // a parameter
	Global                   // a module-level variable
	Field                    // an attribute of a plain class
	FuncVar                  // a def at module level (Type.Fn)
	ClassVar                 // a class statement (Type.Class)
	ModuleVar                // an imported module or class used as a namespace (Type.Name)
	Builtin                  // a Python built-in (Name)
	CompVar                  // a comprehension variable
	ClassAttr                // a class attribute of a plain class
)

// Var is one Python name binding.
type Var struct {
	Name   string
	Kind   VarKind
	Type   *Type
	Func   *Func // owning function (the module function for globals)
	Pos    ast.Pos
	Reads  int // how many times the name is read
	Dels   int // how many of those reads are del statements
	Writes int // how many times it is assigned
	// UsedInFunc is set on a module-level variable read or written by a
	// function: it must live at package level in Go.
	UsedInFunc bool
	// Default is the default value of a parameter, nil when absent.
	Default ast.Expr
	// DefaultOnce marks a default that is not a constant: like Python, Go
	// evaluates it once, when the def runs (a package variable for a
	// module-level def; a value captured by a nested def or lambda, which
	// then drops the parameter).
	DefaultOnce bool
	// Cell marks a comprehension variable read by a lambda made in the
	// comprehension: one variable for all iterations, as in Python.
	Cell bool
	// Class is the class of a class attribute; Shadows is the class
	// attribute an instance field of the same name hides once assigned.
	Class   *ClassInfo
	Shadows *Var
}

// Func is a Python function, or the module's top-level code.
type Func struct {
	Name   string
	Def    *ast.FunctionDef // nil for module code
	Async  bool
	Params []*Var
	// VarArg is the *args parameter (a TupleOf), KwArg the **kwargs
	// parameter (a dict[str, T]); nil when absent.
	VarArg, KwArg *Var
	Result        *Type // None when the function returns no value
	MayRaise      bool  // the Go function returns an error
	Locals        map[string]*Var
	globals       map[string]bool
	Called        bool
	// Class is set on methods; Static on @staticmethod, Property on
	// @property methods.
	Class    *ClassInfo
	Static   bool
	Property bool
	// ClassMethod is set on @classmethod methods: their first parameter
	// is the class.
	ClassMethod bool
	// Setter is set on the @name.setter method of a property.
	Setter bool
	// Parent is the enclosing function of a nested def or lambda (nil for
	// module-level defs and methods).
	Parent    *Func
	Lambda    *ast.Lambda
	nonlocals map[string]bool
	comps     []map[string]*Var // comprehension scopes around a lambda
	// Captures lists the variables of enclosing functions the body uses.
	Captures []*Var
	// Group is set on a function used as a value together with others
	// (see funcgroup.go).
	Group *FuncGroup
	// Generator is set on a def with a yield statement; Yields is the
	// type of the values it yields (see generators.go).
	Generator  bool
	Yields     *Type
	yieldValue bool // a yield used as a value: not translated
	// Pending is set, in an interactive session, on a function that
	// nothing calls yet, so that its parameters have no type: it is left
	// out until a later input calls it (see Options.REPL).
	Pending bool
}

// InstanceType is the type of the class's instances.
func (ci *ClassInfo) InstanceType() *Type {
	if ci.Plain {
		return &Type{Kind: Instance, Class: ci}
	}
	return &Type{Kind: Exc, Class: ci}
}

// Field returns the field of a plain class named name, or nil; fields of
// base classes are fields of their subclasses.
func (ci *ClassInfo) Field(name string) *Var {
	for ; ci != nil; ci = ci.Parent {
		for _, f := range ci.Fields {
			if f.Name == name {
				return f
			}
		}
	}
	return nil
}

// IsModule reports whether f is the module's top-level code.
func (f *Func) IsModule() bool { return f.Def == nil }

// ClassInfo is a class statement: an exception class (Base set), or a
// plain class translated to a struct (Plain set).
type ClassInfo struct {
	Name string
	Def  *ast.ClassDef
	Base *Type // Class type of the base of an exception class
	// Plain classes: fields in order of first assignment, methods by name.
	Plain     bool
	Dataclass bool
	// Order and Frozen are the dataclass options order=True (instances
	// compare as tuples of their fields) and frozen=True (assigning a
	// field raises FrozenInstanceError).
	Order, Frozen bool
	Fields        []*Var
	Methods       map[string]*Func
	Init          *Func // __init__, nil when absent
	// ExcStruct marks an exception class with an __init__: its instances
	// are a Go struct embedding rt.Exc.
	ExcStruct bool
	// ExcSubs are the exception classes of the module derived from this
	// exception class.
	ExcSubs []*ClassInfo
	// Builtin is the rt name of a built-in exception class (for example
	// "ValueError"); empty for user classes.
	Builtin string
	// Attrs are the class attributes of a plain class (name = value in
	// its body), in source order.
	Attrs []*Var
	// Parent is the base of a plain class derived from another plain
	// class; Subs are the classes derived from this one.
	Parent *ClassInfo
	Subs   []*ClassInfo
	// Setters are the setter methods of properties, by name.
	Setters map[string]*Func
	// FormatAttrs is set when an instance is an argument of str.format,
	// whose fields may read its attributes ({p.x}).
	FormatAttrs bool
	// Pending is set, in an interactive session, on a class whose
	// __init__ is pending: it is left out until an input makes an instance.
	Pending bool
}

// Info is what Check learned about a module: every name's binding and
// every expression's type.
type Info struct {
	Module  *Func
	Funcs   map[*ast.FunctionDef]*Func
	Lambdas map[*ast.Lambda]*Func
	// HandlerVars are the "except ... as name" variables, one per clause:
	// Python unbinds the name when the clause ends.
	HandlerVars map[*ast.ExceptHandler]*Var
	// AugOps is the operation "target op value" of each augmented
	// assignment, typed like any BinOp.
	AugOps  map[*ast.AugAssign]*ast.BinOp
	FuncSeq []*Func // functions in source order
	Classes map[*ast.ClassDef]*ClassInfo
	Uses    map[*ast.Name]*Var
	Types   map[ast.Expr]*Type
	// Raises records calls and operations that return an error in Go.
	Raises map[ast.Expr]bool
	// NoAttr records reads obj.name (and the calls obj.name(...)) of an
	// attribute obj does not have: they raise AttributeError.
	NoAttr map[*ast.Attribute]bool
	// Asserts records names of dynamic values used as a static type (the
	// receiver of a str method): Go asserts the type there.
	Asserts map[ast.Expr]bool
	// SeqTuples records fixed tuples whose items share one type used as a
	// sequence (iterated, sliced, searched): the expression's type in
	// Types is the TupleOf, and this is its own tuple type.
	SeqTuples map[ast.Expr]*Type
	// Unzips records the calls zip(*pairs) unpacked at once, "a, b =
	// zip(*pairs)": the value is a tuple of the columns (see unzip).
	Unzips map[*ast.Call]bool
	// IntConsts are the exact values of constant int expressions (see
	// intconst.go): the type of one beyond 64 bits is Dynamic.
	IntConsts map[ast.Expr]*big.Int
	// Deleted records the variables a del statement unbinds: reading
	// them can raise UnboundLocalError (NameError at module level).
	Deleted map[*Var]bool
	// Unbound records the reads of locals that may run before any
	// assignment to them (UnboundLocalError); BoundFlags are their
	// variables, which keep a flag set by every statement binding them;
	// Carried are the locals some read of which may see no assignment of
	// the current iteration of a loop (see unbound.go).
	Unbound    map[*ast.Name]bool
	BoundFlags map[*Var]bool
	Carried    map[*Var]bool
	// FreeReads are the reads of Unbound inside a comprehension, where
	// the local is a free variable: NameError "cannot access free
	// variable".
	FreeReads map[*ast.Name]bool
	// RunErrors are the expressions that raise an exception known from
	// their operands' types (see attr_errors.go).
	RunErrors map[ast.Expr]RunError
	// Warnings are the SyntaxWarnings CPython's compiler prints before
	// the program runs (see warnings.go).
	Warnings []Warning
	// ThreadCalls maps asyncio.to_thread(f, args...) to the call f(args...)
	// it runs on a worker thread.
	ThreadCalls map[*ast.Call]*ast.Call
	// SizeChecked are the loops over a dict or set whose body changes
	// its size: the loop raises RuntimeError "... changed size during
	// iteration" as CPython does.
	SizeChecked map[*ast.For]bool
	Stats       Stats
}

// TypeOf returns the type of an expression (Unknown if none was recorded).
func (in *Info) TypeOf(e ast.Expr) *Type {
	if t := in.Types[e]; t != nil {
		return t
	}
	return tUnknown
}

// Stats counts how many variables, parameters and results have a static
// type and how many are dynamic.
type Stats struct {
	StaticVars, DynamicVars       int
	StaticParams, DynamicParams   int
	StaticReturns, DynamicReturns int
}

// Static returns the number of statically typed items.
func (s Stats) Static() int { return s.StaticVars + s.StaticParams + s.StaticReturns }

// Dynamic returns the number of dynamically typed items.
func (s Stats) Dynamic() int { return s.DynamicVars + s.DynamicParams + s.DynamicReturns }
