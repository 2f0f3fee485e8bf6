package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
)

// Python evaluates the operands of an expression left to right. Go code
// for an operand that can raise is hoisted into statements before the
// expression, so it runs before the operands left of it that stay in the
// expression: [len(xs), xs.pop()] would see the list after the pop. An
// operand that reads such state, followed by one that can change it, is
// evaluated into a temporary first.

// orderedTemp is an operand evaluated early: its variable, and whether
// the expression used it.
type orderedTemp struct {
	name string
	used bool
}

// operands are the subexpressions e evaluates in order, for the
// expressions whose operands are written with expr.
func operands(e ast.Expr) []ast.Expr {
	switch x := e.(type) {
	case *ast.List:
		return x.Elts
	case *ast.Tuple:
		return x.Elts
	case *ast.Set:
		return x.Elts
	case *ast.Dict:
		var out []ast.Expr
		for i, k := range x.Keys {
			if k != nil {
				out = append(out, k)
			}
			out = append(out, x.Values[i])
		}
		return out
	case *ast.BinOp:
		return []ast.Expr{x.Left, x.Right}
	case *ast.JoinedStr:
		var out []ast.Expr
		for _, v := range x.Values {
			if f, ok := v.(*ast.FormattedValue); ok {
				out = append(out, f.Value)
			}
		}
		return out
	}
	return nil
}

// orderOperands evaluates early the operands of ops that need it and
// returns what to do once the expression is written: a temporary it did
// not use is still used.
func (g *gen) orderOperands(ops []ast.Expr) func() {
	var temps []ast.Expr
	for i, op := range ops[:len(ops)-1] {
		switch op.(type) {
		case *ast.Compare, *ast.BoolOp, *ast.UnaryOp, *ast.Starred, *ast.Lambda:
			continue // written by cond or their own code, not expr
		}
		if !g.needsTemp(op, ops[i+1:]) || !valueKind(g.info.TypeOf(op)) {
			continue
		}
		code := g.expr(op)
		tmp := g.fc.names.fresh("v")
		g.emit(jen.Id(tmp).Op(":=").Add(code))
		if g.fc.ordered == nil {
			g.fc.ordered = map[ast.Expr]*orderedTemp{}
		}
		g.fc.ordered[op] = &orderedTemp{name: tmp}
		temps = append(temps, op)
	}
	return func() {
		for _, op := range temps {
			if t := g.fc.ordered[op]; !t.used {
				g.emit(jen.Id("_").Op("=").Id(t.name))
			}
			delete(g.fc.ordered, op)
		}
	}
}

// needsTemp reports whether op, followed by the operands later, must be
// evaluated into a temporary first: it calls something and a later
// operand is hoisted (it can raise) or changes state; or it reads state
// (a global, an attribute, a list) that a later one changes.
func (g *gen) needsTemp(op ast.Expr, later []ast.Expr) bool {
	if len(later) == 0 {
		return false
	}
	calls := false
	inspect(op, func(x ast.Expr) {
		switch x.(type) {
		case *ast.Call, *ast.Await:
			calls = true
		}
	})
	if calls && g.hoistsIn(later) {
		return true
	}
	return (calls || g.mutableRead(op) || readsAttr(op)) && callsAfter(g, later)
}

// hoistsIn reports whether any of es has a part written as statements
// before the expression: a call that can raise, an await.
func (g *gen) hoistsIn(es []ast.Expr) bool {
	found := false
	for _, e := range es {
		inspect(e, func(x ast.Expr) {
			if _, ok := x.(*ast.Lambda); ok {
				return
			}
			if g.info.Raises[x] {
				found = true
			}
		})
	}
	return found
}

// readsAttr reports whether e reads an attribute or an item.
func readsAttr(e ast.Expr) bool {
	found := false
	inspect(e, func(x ast.Expr) {
		switch x.(type) {
		case *ast.Attribute, *ast.Subscript:
			found = true
		}
	})
	return found
}
