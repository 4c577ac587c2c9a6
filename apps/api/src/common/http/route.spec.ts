import 'reflect-metadata';
import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { z } from 'zod';
import { PROGRAM_PARAM, ROUTE_ALLOW } from '../auth/decorators';
import { ListResult } from './list-result';
import { Route } from './route';

const view = z.object({ id: z.string() });

class Sample {
  @Route.get({ allow: 'program.read', list: view })
  list(): ListResult<{ id: string }> {
    return new ListResult([], 0);
  }

  @Route.post(':id/submit', { allow: 'report.submit', status: 200, responds: view })
  submit(): { id: string } {
    return { id: 'a' };
  }

  @Route.post(':programId/things', { allow: 'booking.manage', program: true, responds: view })
  create(): { id: string } {
    return { id: 'b' };
  }

  @Route.get(':programId/file.xlsx', { allow: 'export.download', program: true, file: ['application/zip', 'text/csv'] })
  file(): void {}

  @Route.get('me', { allow: 'signed-in' })
  me(): unknown {
    return {};
  }

  @Route.post('login', { allow: 'public', status: 204 })
  login(): void {}

  // @ts-expect-error the handler must return the type of the view it declares
  @Route.get('wrong', { allow: 'program.read', responds: view })
  wrong(): { id: number } {
    return { id: 1 };
  }
}

// @ts-expect-error every route says who may call it: there is no default
Route.get('nobody', { responds: view });
// @ts-expect-error one kind of answer per route
Route.get('both', { allow: 'program.read', responds: view, list: view });

const meta = (key: string, handler: keyof Sample) => Reflect.getMetadata(key, Sample.prototype[handler]) as unknown;

describe('Route', () => {
  it('sets the method, the path and the status Nest answers with', () => {
    expect([meta(METHOD_METADATA, 'list'), meta(PATH_METADATA, 'list')]).toEqual([RequestMethod.GET, '/']);
    expect([meta(METHOD_METADATA, 'submit'), meta(PATH_METADATA, 'submit'), meta(HTTP_CODE_METADATA, 'submit')]).toEqual([RequestMethod.POST, ':id/submit', 200]);
    // A POST without a status keeps Nest's 201.
    expect(meta(HTTP_CODE_METADATA, 'create')).toBeUndefined();
  });

  it('tells the guard who may call the route and which program it acts on', () => {
    expect(meta(ROUTE_ALLOW, 'list')).toBe('program.read');
    expect(meta(ROUTE_ALLOW, 'me')).toBe('signed-in');
    expect(meta(ROUTE_ALLOW, 'login')).toBe('public');
    expect(meta(PROGRAM_PARAM, 'create')).toBe('programId');
    expect(meta(PROGRAM_PARAM, 'list')).toBeUndefined();
  });

  it('documents the 2xx body under the status the route answers with', () => {
    expect(meta('swagger/apiResponse', 'list')).toEqual({ '200': expect.objectContaining({ standardSchema: view, isArray: true }) });
    expect(meta('swagger/apiResponse', 'submit')).toEqual({ '200': expect.objectContaining({ standardSchema: view }) });
    expect(meta('swagger/apiResponse', 'create')).toEqual({ '201': expect.objectContaining({ standardSchema: view }) });
    expect(meta('swagger/apiResponse', 'file')).toEqual({ '200': expect.objectContaining({ schema: { type: 'string', format: 'binary' } }) });
    expect(meta('swagger/apiProduces', 'file')).toEqual(['application/zip', 'text/csv']);
    expect(meta('swagger/apiResponse', 'me')).toBeUndefined();
  });
});
