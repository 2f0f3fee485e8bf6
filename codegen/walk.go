package codegen

import "github.com/pyasync2go/pyasync2go/ast"

// inspect calls fn for e and every expression inside it, outermost first.
func inspect(e ast.Expr, fn func(ast.Expr)) {
	if e == nil {
		return
	}
	fn(e)
	all := func(es []ast.Expr) {
		for _, x := range es {
			inspect(x, fn)
		}
	}
	gens := func(gs []*ast.Comprehension) {
		for _, g := range gs {
			inspect(g.Target, fn)
			inspect(g.Iter, fn)
			all(g.Ifs)
		}
	}
	switch e := e.(type) {
	case *ast.JoinedStr:
		all(e.Values)
	case *ast.FormattedValue:
		inspect(e.Value, fn)
		if e.FormatSpec != nil {
			inspect(e.FormatSpec, fn)
		}
	case *ast.BinOp:
		inspect(e.Left, fn)
		inspect(e.Right, fn)
	case *ast.UnaryOp:
		inspect(e.Operand, fn)
	case *ast.BoolOp:
		all(e.Values)
	case *ast.Compare:
		inspect(e.Left, fn)
		all(e.Comparators)
	case *ast.Call:
		inspect(e.Func, fn)
		all(e.Args)
		for _, k := range e.Keywords {
			inspect(k.Value, fn)
		}
	case *ast.Attribute:
		inspect(e.Value, fn)
	case *ast.Subscript:
		inspect(e.Value, fn)
		inspect(e.Slice, fn)
	case *ast.Slice:
		inspect(e.Lower, fn)
		inspect(e.Upper, fn)
		inspect(e.Step, fn)
	case *ast.Starred:
		inspect(e.Value, fn)
	case *ast.List:
		all(e.Elts)
	case *ast.Tuple:
		all(e.Elts)
	case *ast.Set:
		all(e.Elts)
	case *ast.Dict:
		for i := range e.Keys {
			inspect(e.Keys[i], fn)
			inspect(e.Values[i], fn)
		}
	case *ast.ListComp:
		gens(e.Generators)
		inspect(e.Elt, fn)
	case *ast.SetComp:
		gens(e.Generators)
		inspect(e.Elt, fn)
	case *ast.GeneratorExp:
		gens(e.Generators)
		inspect(e.Elt, fn)
	case *ast.DictComp:
		gens(e.Generators)
		inspect(e.Key, fn)
		inspect(e.Value, fn)
	case *ast.Lambda:
		inspect(e.Body, fn)
	case *ast.IfExp:
		inspect(e.Test, fn)
		inspect(e.Body, fn)
		inspect(e.OrElse, fn)
	case *ast.Await:
		inspect(e.Value, fn)
	case *ast.Yield:
		inspect(e.Value, fn)
	case *ast.NamedExpr:
		inspect(e.Target, fn)
		inspect(e.Value, fn)
	}
}

// stmtExprs returns the expressions that belong to s itself, not to the
// statements nested in it.
func stmtExprs(s ast.Stmt) []ast.Expr {
	switch s := s.(type) {
	case *ast.ExprStmt:
		return []ast.Expr{s.Value}
	case *ast.Assign:
		return append(append([]ast.Expr{}, s.Targets...), s.Value)
	case *ast.AugAssign:
		return []ast.Expr{s.Target, s.Value}
	case *ast.AnnAssign:
		if s.Value == nil {
			return []ast.Expr{s.Target}
		}
		return []ast.Expr{s.Target, s.Value}
	case *ast.Return:
		if s.Value != nil {
			return []ast.Expr{s.Value}
		}
	case *ast.If:
		return []ast.Expr{s.Test}
	case *ast.While:
		return []ast.Expr{s.Test}
	case *ast.For:
		return []ast.Expr{s.Iter}
	case *ast.With:
		var out []ast.Expr
		for _, it := range s.Items {
			out = append(out, it.ContextExpr)
			if it.OptionalVars != nil {
				out = append(out, it.OptionalVars)
			}
		}
		return out
	case *ast.Raise:
		var out []ast.Expr
		if s.Exc != nil {
			out = append(out, s.Exc)
		}
		if s.Cause != nil {
			out = append(out, s.Cause)
		}
		return out
	case *ast.Try:
		var out []ast.Expr
		for _, h := range s.Handlers {
			if h.Type != nil {
				out = append(out, h.Type)
			}
		}
		return out
	case *ast.Assert:
		if s.Msg != nil {
			return []ast.Expr{s.Test, s.Msg}
		}
		return []ast.Expr{s.Test}
	}
	return nil
}
