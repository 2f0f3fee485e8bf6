package check

import "github.com/pyasync2go/pyasync2go/ast"

// CPython's compiler warns, before the program runs, about calls and
// subscripts that cannot work whatever the values, because an operand is
// a literal: "'int' object is not callable; perhaps you missed a comma?"
// (compile.c: check_caller, check_subscripter, check_index). The program
// prints them on stderr first, as SyntaxWarnings; the operations raise
// TypeError when they run.

// Warning is a SyntaxWarning of the compiler.
type Warning struct {
	Line int
	Msg  string
}

// compileWarnings lists the SyntaxWarnings of mod in the order CPython's
// compiler emits them (every one: the compiler keeps no registry of
// those already shown).
func compileWarnings(mod *ast.Module) []Warning {
	w := &warnPass{}
	w.stmts(mod.Body)
	return w.out
}

type warnPass struct {
	out []Warning
}

func (w *warnPass) warn(pos ast.Pos, msg string) {
	w.add(pos, msg+"; perhaps you missed a comma?")
}

func (w *warnPass) add(pos ast.Pos, msg string) {
	w.out = append(w.out, Warning{Line: pos.Line, Msg: msg})
}

func (w *warnPass) stmts(body []ast.Stmt) {
	for _, s := range body {
		w.stmt(s)
	}
}

func (w *warnPass) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		w.expr(s.Value)
	case *ast.Assign:
		w.expr(s.Value)
		for _, t := range s.Targets {
			w.target(t)
		}
	case *ast.AugAssign:
		w.target(s.Target)
		w.expr(s.Value)
	case *ast.AnnAssign:
		w.expr(s.Value)
		w.target(s.Target)
	case *ast.Return:
		w.expr(s.Value)
	case *ast.Delete:
		for _, t := range s.Targets {
			w.target(t)
		}
	case *ast.Raise:
		w.expr(s.Exc)
		w.expr(s.Cause)
	case *ast.Assert:
		if t, ok := s.Test.(*ast.Tuple); ok && len(t.Elts) > 0 {
			w.add(s.Pos, "assertion is always true, perhaps remove parentheses?")
		}
		w.expr(s.Test)
		w.expr(s.Msg)
	case *ast.If:
		w.expr(s.Test)
		w.stmts(s.Body)
		w.stmts(s.OrElse)
	case *ast.While:
		w.expr(s.Test)
		w.stmts(s.Body)
		w.stmts(s.OrElse)
	case *ast.For:
		w.expr(s.Iter)
		w.target(s.Target)
		w.stmts(s.Body)
		w.stmts(s.OrElse)
	case *ast.With:
		for _, it := range s.Items {
			w.expr(it.ContextExpr)
			w.target(it.OptionalVars)
		}
		w.stmts(s.Body)
	case *ast.Try:
		w.stmts(s.Body)
		for _, h := range s.Handlers {
			w.expr(h.Type)
			w.stmts(h.Body)
		}
		w.stmts(s.OrElse)
		w.stmts(s.FinalBody)
	case *ast.FunctionDef:
		w.exprs(s.DecoratorList)
		w.args(s.Args)
		w.stmts(s.Body)
	case *ast.ClassDef:
		w.exprs(s.DecoratorList)
		w.exprs(s.Bases)
		for _, k := range s.Keywords {
			w.expr(k.Value)
		}
		w.stmts(s.Body)
	}
}

func (w *warnPass) args(a *ast.Arguments) {
	if a == nil {
		return
	}
	w.exprs(a.Defaults)
	w.exprs(a.KwDefaults)
}

// target visits an assignment target: its subscripts store, unchecked,
// but their operands are loaded.
func (w *warnPass) target(t ast.Expr) {
	switch t := t.(type) {
	case *ast.Subscript:
		w.expr(t.Value)
		w.expr(t.Slice)
	case *ast.Attribute:
		w.expr(t.Value)
	case *ast.Tuple:
		for _, x := range t.Elts {
			w.target(x)
		}
	case *ast.List:
		for _, x := range t.Elts {
			w.target(x)
		}
	case *ast.Starred:
		w.target(t.Value)
	}
}

func (w *warnPass) exprs(es []ast.Expr) {
	for _, e := range es {
		w.expr(e)
	}
}

func (w *warnPass) expr(e ast.Expr) {
	switch x := e.(type) {
	case nil:
	case *ast.Call:
		switch x.Func.(type) {
		case *ast.Constant, *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.DictComp, *ast.Set, *ast.SetComp,
			*ast.GeneratorExp, *ast.JoinedStr, *ast.FormattedValue:
			w.warn(x.Pos, "'"+literalType(x.Func)+"' object is not callable")
		}
		w.expr(x.Func)
		w.exprs(x.Args)
		for _, k := range x.Keywords {
			w.expr(k.Value)
		}
	case *ast.Subscript:
		w.subscript(x)
		w.expr(x.Value)
		w.expr(x.Slice)
	case *ast.ListComp:
		w.comp(x.Generators, x.Elt)
	case *ast.SetComp:
		w.comp(x.Generators, x.Elt)
	case *ast.GeneratorExp:
		w.comp(x.Generators, x.Elt)
	case *ast.DictComp:
		w.comp(x.Generators, x.Key, x.Value)
	case *ast.Lambda:
		w.args(x.Args)
		w.expr(x.Body)
	case *ast.NamedExpr:
		w.expr(x.Value)
	case *ast.Compare:
		left := x.Left
		for i, op := range x.Ops {
			right := x.Comparators[i]
			if (op == "is" || op == "is not") && (isLiteral(left) || isLiteral(right)) {
				eq := map[string]string{"is": "==", "is not": "!="}[op]
				w.add(x.Pos, `"`+op+`" with a literal. Did you mean "`+eq+`"?`)
			}
			left = right
		}
		w.expr(x.Left)
		w.exprs(x.Comparators)
	default:
		inspectExpr(e, func(c ast.Expr) bool {
			if c == e {
				return true
			}
			w.expr(c)
			return false
		})
	}
}

// comp visits a comprehension as CPython compiles it: its body first, in
// a code object of its own, then the first iterable.
func (w *warnPass) comp(gens []*ast.Comprehension, elts ...ast.Expr) {
	for i, g := range gens {
		if i > 0 {
			w.expr(g.Iter)
		}
		w.target(g.Target)
		w.exprs(g.Ifs)
	}
	w.exprs(elts)
	if len(gens) > 0 {
		w.expr(gens[0].Iter)
	}
}

// subscript warns about a literal that is not subscriptable, and a
// literal sequence indexed by a literal that is not an int.
func (w *warnPass) subscript(x *ast.Subscript) {
	switch v := x.Value.(type) {
	case *ast.Constant:
		switch v.Kind {
		case ast.ConstNone, ast.ConstEllipsis, ast.ConstInt, ast.ConstFloat, ast.ConstComplex, ast.ConstBool:
			w.warn(x.Pos, "'"+literalType(v)+"' object is not subscriptable")
			return
		}
	case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
		w.warn(x.Pos, "'"+literalType(v)+"' object is not subscriptable")
		return
	case *ast.UnaryOp:
		if n := literalType(v); n == "int" || n == "float" {
			w.warn(x.Pos, "'"+n+"' object is not subscriptable")
			return
		}
	}
	it := literalType(x.Slice)
	if it == "" || it == "int" || it == "bool" {
		return
	}
	if _, ok := x.Slice.(*ast.Slice); ok {
		return
	}
	switch v := x.Value.(type) {
	case *ast.Constant:
		if v.Kind != ast.ConstStr && v.Kind != ast.ConstBytes {
			return
		}
	case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr:
	default:
		return
	}
	w.warn(x.Pos, literalType(x.Value)+" indices must be integers or slices, not "+it)
}

// literalType is the type CPython's compiler infers for a literal (its
// infer_type), "" for other expressions.
func literalType(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Constant:
		switch x.Kind {
		case ast.ConstNone:
			return "NoneType"
		case ast.ConstBool:
			return "bool"
		case ast.ConstInt:
			return "int"
		case ast.ConstFloat:
			return "float"
		case ast.ConstComplex:
			return "complex"
		case ast.ConstStr:
			return "str"
		case ast.ConstBytes:
			return "bytes"
		case ast.ConstEllipsis:
			return "ellipsis"
		}
	case *ast.UnaryOp:
		// folded: -1 is a constant
		if k, ok := x.Operand.(*ast.Constant); ok && x.Op != "not" {
			switch k.Kind {
			case ast.ConstInt, ast.ConstFloat, ast.ConstComplex:
				return literalType(k)
			case ast.ConstBool:
				return "int"
			}
		}
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	}
	return ""
}

// isLiteral reports whether e is a constant other than None, True, False
// and ..., which "is" compares by identity (compile.c: check_is_arg).
func isLiteral(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Constant:
		switch x.Kind {
		case ast.ConstNone, ast.ConstBool, ast.ConstEllipsis:
			return false
		}
		return true
	case *ast.UnaryOp:
		return literalType(x) != ""
	case *ast.Tuple:
		// folded into a constant when all its items are
		for _, el := range x.Elts {
			if _, ok := el.(*ast.Constant); !ok && !isLiteral(el) {
				return false
			}
		}
		return true
	}
	return false
}
