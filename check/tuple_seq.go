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
// the items differ (unless e is a tuple display, whose items share their
// join).
func (c *checker) seqTuple(e ast.Expr, t *Type) *Type {
	el := tupleElem(t)
	if _, display := e.(*ast.Tuple); el == nil && display {
		// Items holding different functions, (("a", f), ("b", g)): joining
		// them puts the functions in one group, after which the items may
		// share a type. Items of other different types, (1, "a"), share their
		// join, a dynamic value where they differ.
		var j *Type
		for _, x := range t.Elems {
			j = join(j, x)
		}
		if el = tupleElem(t); el == nil && j != nil && j.Complete() {
			el = j
		}
	}
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

// tupleMethod types t.count(x) and t.index(x) of a tuple whose items share
// one type (a fixed tuple becomes a sequence).
func (c *checker) tupleMethod(recv *Type, fn *ast.Attribute, e *ast.Call) *Type {
	ts := c.args(e)
	c.noKeywords(e, fn.Attr)
	if recv.Kind == Tuple {
		st := c.seqTuple(fn.Value, recv)
		if st == nil {
			c.errorf(fn.Pos, "unsupported: method '%s' of %s (a tuple whose items share one type is supported)", fn.Attr, recv)
			return tUnknown
		}
		recv = st
	}
	if !c.wantArgs(e, fn.Attr, 1, 1) {
		return tInt
	}
	if x := ts[0]; x.Kind != Unknown && recv.Elem.Kind != Unknown && !join(recv.Elem, x).Equal(recv.Elem) {
		c.errorf(e.Args[0].Position(), "unsupported: %s() of %s in %s", fn.Attr, x, recv)
	}
	if fn.Attr == "index" {
		c.markRaises(e) // ValueError: tuple.index(x): x not in tuple
	}
	return tInt
}

func isTuple(t *Type) bool { return t.Kind == Tuple || t.Kind == TupleOf }

// tupleOp types t1 + t2, t * n and n * t. Tuples whose items share one
// type are sequences and give a TupleOf; two fixed tuples of other items
// concatenate into a fixed tuple. It returns nil for other operands.
func (c *checker) tupleOp(e *ast.BinOp, l, r *Type) *Type {
	if !l.Complete() || !r.Complete() {
		return tUnknown // decided once the items are known
	}
	if e.Op == "*" {
		x, xt := e.Left, l
		if l.Kind == Int {
			x, xt = e.Right, r
		}
		if xt.Kind == Tuple {
			if xt = c.seqTuple(x, xt); xt == nil {
				return nil
			}
		}
		return xt
	}
	if l.Kind == Tuple && r.Kind == Tuple {
		le, re := tupleElem(l), tupleElem(r)
		if le == nil || re == nil || !le.Equal(re) {
			// Items of different types: a fixed tuple of them all.
			elems := append(append([]*Type{}, l.Elems...), r.Elems...)
			return &Type{Kind: Tuple, Elems: elems}
		}
	}
	seq := func(x ast.Expr, t *Type) *Type {
		if t.Kind == Tuple {
			return c.seqTuple(x, t)
		}
		return t
	}
	ls, rs := seq(e.Left, l), seq(e.Right, r)
	if ls == nil || rs == nil || !ls.Elem.Equal(rs.Elem) {
		return nil
	}
	return ls
}

// joinTupleSeq joins tuples whose items all share one type E, of different
// lengths or one of them a TupleOf[E]: a variable holding them is a
// TupleOf[E]. It returns nil for other types.
func joinTupleSeq(a, b *Type) *Type {
	elem := func(t *Type) *Type {
		switch t.Kind {
		case Tuple:
			return tupleElem(t)
		case TupleOf:
			if t.Elem.Complete() {
				return t.Elem
			}
		}
		return nil
	}
	ea, eb := elem(a), elem(b)
	if ea == nil || eb == nil || !ea.Equal(eb) {
		return nil
	}
	return &Type{Kind: TupleOf, Elem: ea}
}
