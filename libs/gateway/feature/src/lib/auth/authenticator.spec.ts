import type { ApiClientRepository } from '@bma-kpi/gateway-data-access';
import type { Request } from 'express';

import { issueApiKey } from './api-key';
import { Authenticator, InvalidCredentialsError } from './authenticator';
import type { JwtVerifier } from './jwt-verifier';

function newTestAuthenticator() {
  const jwt = { verify: jest.fn() };
  const apiClients = {
    findUsable: jest.fn().mockResolvedValue({ id: '7f3c', name: 'BMA Digital Plans', scopes: ['integration'], agencyCode: '0411' }),
    touch: jest.fn().mockResolvedValue(undefined),
  };
  const sut = new Authenticator(jwt as unknown as JwtVerifier, apiClients as unknown as ApiClientRepository);

  return { sut, jwt, apiClients };
}

function requestWith(headers: Record<string, string>): Request {
  return { headers } as unknown as Request;
}

describe('Authenticator', () => {
  it('looks up an API key once per request', async () => {
    const { sut, apiClients } = newTestAuthenticator();
    const request = requestWith({ 'x-api-key': issueApiKey().key });

    const first = await sut.principalOf(request);
    const second = await sut.principalOf(request);

    expect(first).toMatchObject({ kind: 'client', id: 'client:7f3c', agency: '0411' });
    expect(second).toBe(first);
    expect(apiClients.findUsable).toHaveBeenCalledTimes(1);
    expect(apiClients.touch).toHaveBeenCalledTimes(1);
  });

  it('authenticates each request separately', async () => {
    const { sut, apiClients } = newTestAuthenticator();
    const key = issueApiKey().key;

    await sut.principalOf(requestWith({ 'x-api-key': key }));
    await sut.principalOf(requestWith({ 'x-api-key': key }));

    expect(apiClients.findUsable).toHaveBeenCalledTimes(2);
  });

  it('caches a rejection per request', async () => {
    const { sut, jwt } = newTestAuthenticator();
    const request = requestWith({ authorization: 'Basic dXNlcjpwYXNz' });

    await expect(sut.principalOf(request)).rejects.toBeInstanceOf(InvalidCredentialsError);
    await expect(sut.principalOf(request)).rejects.toMatchObject({ reason: 'scheme' });
    expect(jwt.verify).not.toHaveBeenCalled();
  });

  it('treats a request without credentials as anonymous', async () => {
    const { sut } = newTestAuthenticator();

    await expect(sut.principalOf(requestWith({ 'x-client-id': 'made-up' }))).resolves.toMatchObject({ kind: 'anonymous' });
  });
});
