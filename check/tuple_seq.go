package check

import "github.com/pyasync2go/pyasync2go/ast"

// tupleElem is the type shared by every item of a fixed tuple, nil when
// the items differ (or the tuple is empty).
func tupleElem(t *Type) *Type {
	if t.Kind != Tuple || len(t.Elems) == 0 {
		return nil
	}
	for _, x := range t.Elems[1:] {
		if !x.Equal(t.Elems[0]) {
			return nil
		}
	}
	if t.Elems[0].Kind == Unknown {
		return nil
	}
	return t.Elems[0]
}

// seqTuple makes e, a fixed tuple of type t whose items share one type, a
// sequence: its type becomes TupleOf that item type. It returns nil when
// the items differ.
func (c *checker) seqTuple(e ast.Expr, t *Type) *Type {
	el := tupleElem(t)
	if el == nil {
		return nil
	}
	st := &Type{Kind: TupleOf, Elem: el}
	c.info.SeqTuples[e] = t
	c.info.Types[e] = st
	return st
}

// tupleCall types tuple() and tuple(iterable): a TupleOf the items.
func (c *checker) tupleCall(e *ast.Call, ts []*Type) *Type {
	if len(e.Args) == 0 {
		return &Type{Kind: TupleOf, Elem: tUnknown}
	}
	if !c.wantArgs(e, "tuple", 0, 1) {
		return tUnknown
	}
	el := c.elemType(e.Args[0], ts[0])
	if ts[0].Kind == Range && RangeCall(e.Args[0]) {
		c.markRaises(e) // a zero step raises
	}
	return &Type{Kind: TupleOf, Elem: el}
}

// RangeCall reports whether e is a range(...) call written in place (the
// code that consumes it loops over the numbers without a range value).
func RangeCall(e ast.Expr) bool {
	r, ok := e.(*ast.Call)
	if !ok || len(r.Args) == 0 || len(r.Args) > 3 {
		return false
	}
	n, ok := r.Func.(*ast.Name)
	return ok && n.ID == "range"
}

// noteUnzip records "a, b = zip(*pairs)" in Info.Unzips.
func (c *checker) noteUnzip(s *ast.Assign) {
	if len(s.Targets) != 1 {
		return
	}
	elts := exprElts(s.Targets[0])
	call, ok := s.Value.(*ast.Call)
	if elts == nil || starIndex(elts) >= 0 || !ok || len(call.Args) != 1 || len(call.Keywords) != 0 {
		return
	}
	n, ok := call.Func.(*ast.Name)
	if _, star := call.Args[0].(*ast.Starred); ok && star && n.ID == "zip" {
		if v := c.resolve(n.ID); v != nil && v.Kind == Builtin {
			c.info.Unzips[call] = true
		}
	}
}

// unzip types zip(*pairs) over a list of tuples: the tuple of its
// columns, each a TupleOf (rt.Unzip2...; ValueError for an empty list, as
// unpacking zip() of nothing is).
func (c *checker) unzip(e *ast.Call, t *Type) *Type {
	if t.Kind == Unknown {
		return tUnknown
	}
	if t.Kind != List || t.Elem.Kind != Tuple || len(t.Elem.Elems) < 2 || len(t.Elem.Elems) > 4 {
		c.errorf(e.Pos, "unsupported: zip(*xs) of %s (a list of tuples is supported)", t)
		return tUnknown
	}
	c.markRaises(e)
	cols := &Type{Kind: Tuple}
	for _, el := range t.Elem.Elems {
		cols.Elems = append(cols.Elems, &Type{Kind: TupleOf, Elem: el})
	}
	return cols
}
