/** Exported files carry their own width/height (issue #25): they do not stretch to whatever holds them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '../../render/index';
import { viewBoxSize, withIntrinsicSize } from '../../render/export-size';
import { el, toSvgString } from '../../render/svg';
import { withSize } from '../../static/shared/download';

describe('exported size', () => {
  it('takes width and height from the viewBox, keeping the viewBox', () => {
    const tree = el('svg', { viewBox: '0 0 320 144', width: '100%' }, el('title', {}, 'x'));
    const svg = toSvgString(withIntrinsicSize(tree));
    assert.match(svg, /^<svg viewBox="0 0 320 144" width="320" height="144">/);
    assert.equal(viewBoxSize('0 0 0 10'), null);
    const bare = el('svg', {});
    assert.equal(withIntrinsicSize(bare), bare);
  });

  it('the view\'s download replaces the screen\'s width="100%" with the viewBox size', () => {
    const screen =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 150" width="100%" role="img"><title>a width="100%"</title></svg>';
    assert.equal(
      withSize(screen),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 150" role="img" width="400" height="150"><title>a width="100%"</title></svg>',
    );
    assert.equal(withSize(withSize(screen)), withSize(screen));
    assert.equal(withSize('<svg><g/></svg>'), '<svg><g/></svg>');
  });

  it('a real gadget downloaded from the screen has its own size', () => {
    const svg = withSize(render({ kind: 'counter', title: 'Bugs' }, { value: 42 }, { width: 400 }));
    const open = /<svg[^>]*>/.exec(svg)![0];
    assert.match(open, /\swidth="400"/);
    assert.match(open, /\sheight="\d+"/);
    assert.doesNotMatch(open, /100%/);
  });
});
